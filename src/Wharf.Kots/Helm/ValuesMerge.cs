using Wharf.Kots.Yaml;

namespace Wharf.Kots.Helm;

/// <summary>
/// How <c>optionalValues</c> combine with <c>values</c> (SPEC §3.5). With <c>recursiveMerge: true</c> maps
/// merge key by key at every depth; for any other pair the overlay wins (lists are replaced, never
/// concatenated), except that a scalar (null included) never replaces a map. With <c>false</c> each
/// top-level key of the overlay replaces the base's. Inputs are not modified.
/// </summary>
internal static class ValuesMerge
{
    public static YMap Apply(YMap values, IEnumerable<OptionalValues> optional)
    {
        var result = (YMap)values.Clone();
        foreach (var entry in optional.Where(o => o.When))
        {
            result = entry.RecursiveMerge ? Deep(result, entry.Values) : TopLevel(result, entry.Values);
        }

        return result;
    }

    public static YMap Deep(YMap baseMap, YMap overlay)
    {
        var result = (YMap)baseMap.Clone();
        foreach (var (key, value) in overlay.Entries)
        {
            switch (result.Get(key), value)
            {
                case (YMap existing, YMap nested):
                    result.Set(key, Deep(existing, nested));
                    break;
                case (YMap, YScalar):
                    break; // a scalar never replaces a map
                default:
                    result.Set(key, value.Clone());
                    break;
            }
        }

        return result;
    }

    public static YMap TopLevel(YMap baseMap, YMap overlay)
    {
        var result = (YMap)baseMap.Clone();
        foreach (var (key, value) in overlay.Entries)
        {
            result.Set(key, value.Clone());
        }

        return result;
    }
}
