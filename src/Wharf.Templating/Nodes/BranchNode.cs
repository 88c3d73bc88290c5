namespace Wharf.Templating.Nodes;

/// <summary><c>{{if}}</c> or <c>{{with}}</c> (identical except that <c>with</c> sets dot).</summary>
internal sealed class BranchNode(int position, bool isWith, PipeNode pipe, ListNode list, ListNode? elseList) : Node(position)
{
    public bool IsWith { get; } = isWith;

    public PipeNode Pipe { get; } = pipe;

    public ListNode List { get; } = list;

    public ListNode? ElseList { get; } = elseList;
}
