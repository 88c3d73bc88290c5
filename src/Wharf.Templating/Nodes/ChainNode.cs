namespace Wharf.Templating.Nodes;

/// <summary>Fields applied to a term that is not dot or a variable: <c>(index . "a").b</c>.</summary>
internal sealed class ChainNode(int position, Node term, IReadOnlyList<string> fields) : Node(position)
{
    public Node Term { get; } = term;

    public IReadOnlyList<string> Fields { get; } = fields;

    public override string ToString() =>
        (Term is PipeNode ? "(" + Term + ")" : Term.ToString()) + string.Concat(Fields.Select(f => "." + f));
}
