using Wharf.Templating.Values;

namespace Wharf.Templating.Functions;

/// <summary>
/// imdario/mergo's <c>Merge</c> / <c>MergeWithOverwrite</c> of <c>map[string]interface{}</c> as
/// Sprig's <c>merge</c> and <c>mergeOverwrite</c> call it, quirks included: nested maps merge
/// recursively; without overwrite a key is filled only when missing or empty (<c>""</c>, 0, false,
/// nil, empty list or map); with overwrite every non-nil source value wins (nil too) except that a
/// non-empty scalar or list is never replaced by a map. The first map is changed and returned;
/// when it cannot be changed (read-only), a copy is merged instead.
/// </summary>
internal static class GoMerge
{
    public static object Merge(object? destination, ReadOnlySpan<object?> sources, bool overwrite)
    {
        var target = destination as IDictionary<string, object?> is { IsReadOnly: false } mutable
            ? mutable
            : Copy(destination);
        foreach (var source in sources)
        {
            if (source is not null)
            {
                MergeInto(target, source, overwrite, 0);
            }
        }

        return target;
    }

    private static Dictionary<string, object?> Copy(object? map) => map is null
        ? new(StringComparer.Ordinal)
        : GoMap.SortedKeys(map).ToDictionary(k => k, k => GoMap.Get(map, k), StringComparer.Ordinal);

    private static void MergeInto(IDictionary<string, object?> dst, object src, bool overwrite, int depth)
    {
        if (depth > GoFmtPrinter.MaxValueDepth)
        {
            throw new TemplateFunctionException($"value nesting exceeds {GoFmtPrinter.MaxValueDepth} levels");
        }

        foreach (var key in GoMap.SortedKeys(src))
        {
            var srcValue = GoMap.Get(src, key);
            var hasDst = dst.TryGetValue(key, out var dstValue);
            if (srcValue is null)
            {
                if (overwrite)
                {
                    dst[key] = null;
                }

                continue;
            }

            var srcKind = GoValues.KindOf(srcValue);
            if (srcKind == GoKind.Map && GoValues.KindOf(dstValue) == GoKind.Map)
            {
                // mergo merges into the nested map in place; a read-only one is replaced by a merged copy.
                if (dstValue is not IDictionary<string, object?> { IsReadOnly: false } nested)
                {
                    nested = Copy(dstValue);
                    dst[key] = dstValue = nested;
                }

                MergeInto(nested, srcValue, overwrite, depth + 1);
            }
            else if (srcKind == GoKind.List)
            {
                // mergo decides on the emptiness of the enclosing maps here, not of the elements.
                dst[key] = overwrite || dst.Count == 0 ? srcValue : dstValue ?? new List<object?>();
            }

            if (hasDst && !IsEmpty(dstValue) && srcKind is GoKind.Map or GoKind.List)
            {
                continue;
            }

            if (overwrite || !hasDst || IsEmpty(dstValue))
            {
                dst[key] = srcValue;
            }
        }
    }

    /// <summary>mergo's <c>isEmptyValue</c>: Go zero values and empty collections.</summary>
    private static bool IsEmpty(object? value) => GoValues.KindOf(value) is not GoKind.Struct && !GoValues.IsTrue(value);
}
