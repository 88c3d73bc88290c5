namespace Wharf.Kots.Yaml;

/// <summary>
/// A node of a parsed YAML document, kept close to the source: scalars remember their text and
/// whether they were quoted, mappings keep key order. Values are typed by the YAML 1.2 core schema
/// (<see cref="CoreSchema"/>) so <c>values.yaml</c> keeps the types Helm would read (SPEC §3.5).
/// </summary>
internal abstract class YNode
{
    /// <summary>1-based line of the node's start in its file (0 for nodes built in code).</summary>
    public int Line { get; init; }

    /// <summary>1-based column of the node's start.</summary>
    public int Column { get; init; }

    /// <summary>A deep copy, so merges never share nodes between documents.</summary>
    public abstract YNode Clone();

    /// <summary>What the node is, for messages (<c>a mapping</c>, <c>the string "x"</c>).</summary>
    public abstract string Describe();
}
