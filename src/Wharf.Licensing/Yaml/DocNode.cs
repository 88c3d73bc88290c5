namespace Wharf.Licensing.Yaml;

/// <summary>
/// A node of a parsed license document: the plain data a YAML document denotes (mappings,
/// sequences, typed scalars), with formatting, comments and key order gone. The signature is
/// computed over this tree (SPEC §2.5), so re-formatting a license does not break it.
/// </summary>
internal abstract class DocNode
{
    protected DocNode(long line, long column)
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line of the node in the source, for error messages.</summary>
    public long Line { get; }

    /// <summary>1-based column of the node in the source.</summary>
    public long Column { get; }

    /// <summary>What the node is, in words, for "must be a string, not a mapping" messages.</summary>
    public abstract string Describe();
}
