namespace Wharf.Templating.Nodes;

/// <summary>Parser-internal marker for <c>{{end}}</c> or <c>{{else}}</c>; never in a finished tree.</summary>
internal sealed class BlockEndNode(int position, bool isElse) : Node(position)
{
    public bool IsElse { get; } = isElse;

    public override string ToString() => IsElse ? "{{else}}" : "{{end}}";
}
