namespace Wharf.Installer.Yaml;

/// <summary>
/// A node of a parsed manifest: mappings (ordered, unique string keys), sequences and typed scalars,
/// with the source position kept for error messages. Scalars are stored in the canonical form
/// kustomize gives them (see <see cref="ScalarResolver"/>), so what Wharf writes is what
/// <c>kubectl kustomize</c> would write.
/// </summary>
internal abstract class YamlNode
{
    protected YamlNode(long line, long column)
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line in the source file (0 for nodes Wharf created).</summary>
    public long Line { get; }

    /// <summary>1-based column in the source file (0 for nodes Wharf created).</summary>
    public long Column { get; }

    /// <summary>A deep copy, so an expanded alias can be changed without touching its anchor.</summary>
    public abstract YamlNode Clone();

    /// <summary>"a mapping", "a sequence", "a string", ... for error messages.</summary>
    public abstract string Describe();
}
