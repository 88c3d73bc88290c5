namespace Wharf.Templating.Nodes;

/// <summary>A pipeline: optional declarations (<c>$x :=</c>, <c>$x =</c>) and commands joined by <c>|</c>.</summary>
internal sealed class PipeNode(int position) : Node(position)
{
    public bool IsAssign { get; set; }

    public List<VariableNode> Declarations { get; } = [];

    public List<CommandNode> Commands { get; } = [];

    public override string ToString()
    {
        var declarations = Declarations.Count == 0 ? "" : string.Join(", ", Declarations) + (IsAssign ? " = " : " := ");
        return declarations + string.Join(" | ", Commands);
    }
}
