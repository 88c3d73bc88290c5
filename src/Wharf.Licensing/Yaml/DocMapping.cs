using System.Diagnostics.CodeAnalysis;

namespace Wharf.Licensing.Yaml;

/// <summary>A YAML mapping with unique string keys (duplicates are refused by <see cref="SafeYamlReader"/>).</summary>
internal sealed class DocMapping : DocNode
{
    private readonly Dictionary<string, DocNode> entries = new(StringComparer.Ordinal);

    public DocMapping(long line, long column)
        : base(line, column)
    {
    }

    public IReadOnlyDictionary<string, DocNode> Entries => entries;

    /// <summary>Adds an entry; <see langword="false"/> when the key is already present.</summary>
    public bool TryAdd(string key, DocNode value) => entries.TryAdd(key, value);

    public bool TryGet(string key, [NotNullWhen(true)] out DocNode? value) => entries.TryGetValue(key, out value);

    public override string Describe() => "a mapping";
}
