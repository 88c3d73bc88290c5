namespace Wharf.Kots.Yaml;

/// <summary>A mapping with string keys, in document order (Helm does not care; people reading values.yaml do).</summary>
internal sealed class YMap : YNode
{
    private readonly List<string> keys = [];
    private readonly Dictionary<string, YNode> values = new(StringComparer.Ordinal);

    public int Count => keys.Count;

    public IEnumerable<KeyValuePair<string, YNode>> Entries => keys.Select(k => new KeyValuePair<string, YNode>(k, values[k]));

    public YNode? Get(string key) => values.GetValueOrDefault(key);

    public bool ContainsKey(string key) => values.ContainsKey(key);

    /// <summary>The text of a non-null scalar value, else null.</summary>
    public string? GetText(string key) => Get(key) is YScalar { IsNull: false } s ? s.Text : null;

    /// <summary>Adds a new key; false when it is already there.</summary>
    public bool TryAdd(string key, YNode value)
    {
        if (!values.TryAdd(key, value))
        {
            return false;
        }

        keys.Add(key);
        return true;
    }

    /// <summary>Replaces the value of an existing key in place, or appends a new key.</summary>
    public void Set(string key, YNode value)
    {
        if (values.ContainsKey(key))
        {
            values[key] = value;
        }
        else
        {
            TryAdd(key, value);
        }
    }

    public override YNode Clone()
    {
        var copy = new YMap { Line = Line, Column = Column };
        foreach (var key in keys)
        {
            copy.TryAdd(key, values[key].Clone());
        }

        return copy;
    }

    public override string Describe() => "a mapping";
}
