namespace Wharf.Templating.Nodes;

/// <summary>A field chain on dot: <c>.Values.image.tag</c>.</summary>
internal sealed class FieldNode(int position, IReadOnlyList<string> names) : Node(position)
{
    public IReadOnlyList<string> Names { get; } = names;

    public override string ToString() => string.Concat(Names.Select(n => "." + n));
}
