using Wharf.Templating.Values;
using static Wharf.Templating.Functions.ParamKind;

namespace Wharf.Templating.Functions;

/// <summary>
/// Sprig's dict functions beyond <c>dict get set unset hasKey keys</c>: <c>dig pluck pick omit
/// values merge mergeOverwrite deepCopy</c>. Where Go iterates a map (<c>values</c>), the order is
/// sorted by key, one of Go's random orders and a stable one.
/// </summary>
internal static class SprigDicts
{
    public static void Register(FunctionTableBuilder b)
    {
        b.Variadic("dig", [], Any, (_, a) => Dig(a));
        b.Variadic("pluck", [ParamKind.String], Map, (_, a) => Pluck((string)a[0]!, a[1..]));
        b.Variadic("pick", [Map], ParamKind.String, (_, a) => Select(a[0], a[1..], keep: true));
        b.Variadic("omit", [Map], ParamKind.String, (_, a) => Select(a[0], a[1..], keep: false));
        b.Fixed("values", [Map], (_, a) => a[0] is { } map ? GoMap.SortedKeys(map).Select(k => GoMap.Get(map, k)).ToList() : []);
        foreach (var name in (string[])["merge", "mustMerge"])
        {
            b.Variadic(name, [Map], Map, (_, a) => GoMerge.Merge(a[0], a[1..], overwrite: false));
        }

        foreach (var name in (string[])["mergeOverwrite", "mustMergeOverwrite"])
        {
            b.Variadic(name, [Map], Map, (_, a) => GoMerge.Merge(a[0], a[1..], overwrite: true));
        }

        b.Fixed("deepCopy", [Any], (_, a) => DeepCopy(a[0], 0));
        b.Fixed("mustDeepCopy", [Any], (_, a) => DeepCopy(a[0], 0));
    }

    /// <summary>
    /// Sprig's <c>dig KEY... DEFAULT MAP</c>: walks nested maps; a missing key gives the default.
    /// Sprig's unchecked type assertions panic on a nil or non-map step; Go's panic text is kept.
    /// </summary>
    private static object? Dig(ReadOnlySpan<object?> args)
    {
        if (args.Length < 3)
        {
            throw new TemplateFunctionException("dig needs at least three arguments");
        }

        var current = AssertMap(args[^1]);
        var fallback = args[^2];
        var keys = new string[args.Length - 2];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = args[i] as string
                ?? throw new TemplateFunctionException($"interface conversion: interface {{}} is {(args[i] is null ? "nil" : GoValues.TypeName(args[i]))}, not string");
        }

        for (var i = 0; ; i++)
        {
            if (!GoMap.TryGet(current, keys[i], out var step))
            {
                return fallback;
            }

            if (i == keys.Length - 1)
            {
                return step;
            }

            current = AssertMap(step);
        }
    }

    private static object AssertMap(object? value) => GoValues.KindOf(value) == GoKind.Map
        ? value!
        : throw new TemplateFunctionException($"interface conversion: interface {{}} is {(value is null ? "nil" : GoValues.TypeName(value))}, not map[string]interface {{}}");

    private static List<object?> Pluck(string key, ReadOnlySpan<object?> maps)
    {
        var result = new List<object?>();
        foreach (var map in maps)
        {
            if (map is not null && GoMap.TryGet(map, key, out var value))
            {
                result.Add(value);
            }
        }

        return result;
    }

    private static Dictionary<string, object?> Select(object? map, ReadOnlySpan<object?> keys, bool keep)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (map is null)
        {
            return result;
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            listed.Add((string)key!);
        }

        foreach (var key in GoMap.SortedKeys(map))
        {
            if (listed.Contains(key) == keep)
            {
                result[key] = GoMap.Get(map, key);
            }
        }

        return result;
    }

    /// <summary>copystructure's <c>Copy</c>: new lists and maps all the way down; scalars are values already.</summary>
    public static object? DeepCopy(object? value, int depth)
    {
        if (depth > GoFmtPrinter.MaxValueDepth)
        {
            throw new TemplateFunctionException($"value nesting exceeds {GoFmtPrinter.MaxValueDepth} levels");
        }

        return GoValues.KindOf(value) switch
        {
            GoKind.List => GoList.AsReadOnlyList(value!).Select(x => DeepCopy(x, depth + 1)).ToList(),
            GoKind.Map => GoMap.SortedKeys(value!).ToDictionary(k => k, k => DeepCopy(GoMap.Get(value!, k), depth + 1), StringComparer.Ordinal),
            _ => value,
        };
    }
}
