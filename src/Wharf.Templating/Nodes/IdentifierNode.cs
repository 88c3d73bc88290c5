namespace Wharf.Templating.Nodes;

/// <summary>A function name.</summary>
internal sealed class IdentifierNode(int position, string name) : Node(position)
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}
