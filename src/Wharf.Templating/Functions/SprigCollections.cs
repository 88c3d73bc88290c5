using Wharf.Templating.Values;
using static Wharf.Templating.Functions.ParamKind;

namespace Wharf.Templating.Functions;

/// <summary>Sprig's list and dict functions (<c>list dict get set unset hasKey keys first last</c>).</summary>
internal static class SprigCollections
{
    public static void Register(FunctionTableBuilder b)
    {
        b.Variadic("list", [], Any, (_, a) => a.ToArray().ToList());
        b.Variadic("tuple", [], Any, (_, a) => a.ToArray().ToList()); // Sprig's older name for list
        b.Variadic("dict", [], Any, (_, a) => Dict(a));
        b.Fixed("get", [Map, ParamKind.String], (_, a) => a[0] is { } map && GoMap.TryGet(map, (string)a[1]!, out var v) ? v : "");
        b.Fixed("set", [Map, ParamKind.String, Any], (_, a) => Set(a[0], (string)a[1]!, a[2]));
        b.Fixed("unset", [Map, ParamKind.String], (_, a) => Unset(a[0], (string)a[1]!));
        b.Fixed("hasKey", [Map, ParamKind.String], (_, a) => a[0] is { } map && GoMap.TryGet(map, (string)a[1]!, out object? _));
        b.Variadic("keys", [], Map, (_, a) => Keys(a));
        b.Fixed("first", [Any], (_, a) => FirstOrLast(a[0], "first"));
        b.Fixed("last", [Any], (_, a) => FirstOrLast(a[0], "last"));
    }

    /// <summary>Sprig's <c>dict</c>: keys through <c>strval</c>; an odd trailing key maps to "".</summary>
    private static Dictionary<string, object?> Dict(ReadOnlySpan<object?> args)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            result[SprigStrings.StrVal(args[i])] = i + 1 < args.Length ? args[i + 1] : "";
        }

        return result;
    }

    private static IDictionary<string, object?> Mutable(object? map) => map switch
    {
        IDictionary<string, object?> d when !d.IsReadOnly => d,
        null => throw new TemplateFunctionException("assignment to entry in nil map"),
        _ => throw new TemplateFunctionException("map is read-only"),
    };

    private static object? Set(object? map, string key, object? value)
    {
        Mutable(map)[key] = value;
        return map;
    }

    private static object? Unset(object? map, string key)
    {
        if (map is not null)
        {
            Mutable(map).Remove(key);
        }

        return map;
    }

    /// <summary>Sprig returns keys in map order (random in Go); sorted is one such order and is stable.</summary>
    private static List<object?> Keys(ReadOnlySpan<object?> maps)
    {
        var keys = new List<string>();
        foreach (var map in maps)
        {
            if (map is not null)
            {
                keys.AddRange(GoMap.SortedKeys(map));
            }
        }

        keys.Sort(StringComparer.Ordinal);
        return keys.Cast<object?>().ToList();
    }

    public static object? FirstOrLast(object? value, string which)
    {
        if (GoValues.KindOf(value) != GoKind.List)
        {
            throw new TemplateFunctionException($"Cannot find {which} on type {KindName(value)}");
        }

        var list = GoList.AsReadOnlyList(value!);
        return list.Count == 0 ? null : which == "first" ? list[0] : list[^1];
    }

    /// <summary>Go's <c>reflect.Kind</c> names, as Sprig's error messages print them.</summary>
    public static string KindName(object? value) => GoValues.KindOf(value) switch
    {
        GoKind.Nil => "invalid",
        GoKind.Map => "map",
        GoKind.Struct => "struct",
        _ => GoValues.TypeName(value),
    };
}
