namespace Wharf.Licensing.Yaml;

/// <summary>A YAML sequence.</summary>
internal sealed class DocSequence : DocNode
{
    private readonly List<DocNode> items = [];

    public DocSequence(long line, long column)
        : base(line, column)
    {
    }

    public IReadOnlyList<DocNode> Items => items;

    public void Add(DocNode item) => items.Add(item);

    public override string Describe() => "a sequence";
}
