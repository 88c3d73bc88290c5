namespace Wharf.Licensing.Yaml;

/// <summary>A scalar with its resolved core-schema type.</summary>
internal sealed class DocScalar : DocNode
{
    public DocScalar(string text, ScalarKind kind, string canonical, long line, long column)
        : base(line, column)
    {
        Text = text;
        Kind = kind;
        Canonical = canonical;
    }

    /// <summary>The scalar's content as written (after YAML unquoting and folding).</summary>
    public string Text { get; }

    public ScalarKind Kind { get; }

    /// <summary>
    /// The canonical JSON token for <see cref="ScalarKind.Null"/>, <see cref="ScalarKind.Bool"/>,
    /// <see cref="ScalarKind.Int"/> and <see cref="ScalarKind.Float"/>; for strings, <see cref="Text"/>
    /// (escaped by the JSON writer).
    /// </summary>
    public string Canonical { get; }

    public override string Describe() => Kind switch
    {
        ScalarKind.String => "a string",
        ScalarKind.Null => "null",
        ScalarKind.Bool => "a boolean",
        _ => "a number",
    };
}
