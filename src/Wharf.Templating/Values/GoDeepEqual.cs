namespace Wharf.Templating.Values;

/// <summary>
/// Go's <c>reflect.DeepEqual</c> over template values, which Sprig's <c>deepEqual has uniq without</c>
/// use: values of different kinds are never equal (<c>1</c> is not <c>1.0</c>), lists compare
/// element-wise, maps key-wise, nil equals only nil.
/// </summary>
internal static class GoDeepEqual
{
    public static bool Equal(object? a, object? b, int depth = 0)
    {
        var kind = GoValues.KindOf(a);
        if (kind != GoValues.KindOf(b))
        {
            return false;
        }

        if (depth > GoFmtPrinter.MaxValueDepth)
        {
            throw new TemplateFunctionException($"value nesting exceeds {GoFmtPrinter.MaxValueDepth} levels");
        }

        switch (kind)
        {
            case GoKind.Nil:
                return true;
            case GoKind.Bool:
                return (bool)a! == (bool)b!;
            case GoKind.Int:
                return GoValues.ToInt64(a!) == GoValues.ToInt64(b!);
            case GoKind.Uint:
                return GoValues.ToUInt64(a!) == GoValues.ToUInt64(b!);
            case GoKind.Float:
                return GoValues.ToDouble(a!) == GoValues.ToDouble(b!);
            case GoKind.String:
                return string.Equals((string)a!, (string)b!, StringComparison.Ordinal);
            case GoKind.List:
                var x = GoList.AsReadOnlyList(a!);
                var y = GoList.AsReadOnlyList(b!);
                if (x.Count != y.Count)
                {
                    return false;
                }

                for (var i = 0; i < x.Count; i++)
                {
                    if (!Equal(x[i], y[i], depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            case GoKind.Map:
                var keys = GoMap.SortedKeys(a!);
                if (keys.Count != GoMap.Count(b!))
                {
                    return false;
                }

                foreach (var key in keys)
                {
                    if (!GoMap.TryGet(b!, key, out var other) || !Equal(GoMap.Get(a!, key), other, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return Equals(a, b);
        }
    }
}
