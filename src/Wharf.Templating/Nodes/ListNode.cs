namespace Wharf.Templating.Nodes;

/// <summary>A sequence of text and actions.</summary>
internal sealed class ListNode(int position) : Node(position)
{
    public List<Node> Nodes { get; } = [];
}
