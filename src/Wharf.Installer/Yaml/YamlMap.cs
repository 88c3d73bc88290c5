using System.Diagnostics.CodeAnalysis;

namespace Wharf.Installer.Yaml;

/// <summary>A mapping with unique string keys, in source order.</summary>
internal sealed class YamlMap : YamlNode
{
    private readonly List<KeyValuePair<string, YamlNode>> entries;

    public YamlMap(long line = 0, long column = 0)
        : base(line, column) => entries = [];

    private YamlMap(long line, long column, List<KeyValuePair<string, YamlNode>> entries)
        : base(line, column) => this.entries = entries;

    public IReadOnlyList<KeyValuePair<string, YamlNode>> Entries => entries;

    public int Count => entries.Count;

    public bool TryGet(string key, [NotNullWhen(true)] out YamlNode? value)
    {
        var i = IndexOf(key);
        value = i < 0 ? null : entries[i].Value;
        return value is not null;
    }

    public YamlNode? Get(string key) => TryGet(key, out var value) ? value : null;

    /// <summary>The string value of <paramref name="key"/> when it is a string scalar, else null.</summary>
    public string? GetString(string key) => Get(key) is YamlScalar { Type: ScalarType.String } s ? s.Value : null;

    /// <summary>Adds an entry; false when the key is already present (duplicates are refused).</summary>
    public bool TryAdd(string key, YamlNode value)
    {
        if (IndexOf(key) >= 0)
        {
            return false;
        }

        entries.Add(new(key, value));
        return true;
    }

    /// <summary>Replaces the value of <paramref name="key"/> in place, or appends the entry.</summary>
    public void Set(string key, YamlNode value)
    {
        var i = IndexOf(key);
        if (i < 0)
        {
            entries.Add(new(key, value));
        }
        else
        {
            entries[i] = new(key, value);
        }
    }

    public bool Remove(string key)
    {
        var i = IndexOf(key);
        if (i >= 0)
        {
            entries.RemoveAt(i);
        }

        return i >= 0;
    }

    public override YamlNode Clone() =>
        new YamlMap(Line, Column, entries.Select(e => new KeyValuePair<string, YamlNode>(e.Key, e.Value.Clone())).ToList());

    public override string Describe() => "a mapping";

    // Linear search: Kubernetes mappings are small, and this keeps source order without a second index.
    private int IndexOf(string key)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (string.Equals(entries[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
