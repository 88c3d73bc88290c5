using System.Collections;

namespace Wharf.Templating.Values;

/// <summary>
/// Read access to any map-kind value. Keys are strings (Go <c>map[string]interface{}</c>);
/// iteration order is always sorted by key, as Go's <c>range</c> and <c>fmt</c> do.
/// </summary>
internal static class GoMap
{
    public static int Count(object map) => map switch
    {
        IDictionary<string, object?> d => d.Count,
        IReadOnlyDictionary<string, object?> d => d.Count,
        IDictionary d => d.Count,
        _ => 0,
    };

    public static bool TryGet(object map, string key, out object? value)
    {
        switch (map)
        {
            case IDictionary<string, object?> d:
                return d.TryGetValue(key, out value);
            case IReadOnlyDictionary<string, object?> d:
                return d.TryGetValue(key, out value);
            case IDictionary d when d.Contains(key):
                value = d[key];
                return true;
            default:
                value = null;
                return false;
        }
    }

    /// <summary>Keys in Go's order for string keys: byte-wise (ordinal) ascending.</summary>
    public static List<string> SortedKeys(object map)
    {
        var keys = map switch
        {
            IDictionary<string, object?> d => [.. d.Keys],
            IReadOnlyDictionary<string, object?> d => [.. d.Keys],
            IDictionary d => d.Keys.Cast<object?>().Select(k => Convert.ToString(k, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList(),
            _ => new List<string>(),
        };
        keys.Sort(StringComparer.Ordinal);
        return keys;
    }

    public static object? Get(object map, string key) => TryGet(map, key, out var value) ? value : null;
}
