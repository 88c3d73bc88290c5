namespace Wharf.Templating.Nodes;

/// <summary>One command of a pipeline: a function, field, variable or literal with its arguments.</summary>
internal sealed class CommandNode(int position) : Node(position)
{
    public List<Node> Args { get; } = [];

    public override string ToString() => string.Join(" ", Args.Select(a => a is PipeNode ? "(" + a + ")" : a.ToString()));
}
