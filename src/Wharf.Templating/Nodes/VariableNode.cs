namespace Wharf.Templating.Nodes;

/// <summary>A variable, possibly with fields: <c>$</c>, <c>$x</c>, <c>$x.a.b</c>.</summary>
internal sealed class VariableNode(int position, IReadOnlyList<string> names) : Node(position)
{
    /// <summary>The variable name (with <c>$</c>) followed by field names.</summary>
    public IReadOnlyList<string> Names { get; } = names;

    public override string ToString() => string.Join(".", Names);
}
