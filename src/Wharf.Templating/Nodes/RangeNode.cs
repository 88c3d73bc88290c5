namespace Wharf.Templating.Nodes;

/// <summary><c>{{range}}</c> over a list, map (sorted keys) or integer, with optional <c>{{else}}</c>.</summary>
internal sealed class RangeNode(int position, PipeNode pipe, ListNode list, ListNode? elseList) : Node(position)
{
    public PipeNode Pipe { get; } = pipe;

    public ListNode List { get; } = list;

    public ListNode? ElseList { get; } = elseList;
}
