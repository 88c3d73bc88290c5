namespace Wharf.Templating.Values;

/// <summary>
/// Go's template comparison functions (<c>eq ne lt le gt ge</c>). Only basic kinds compare;
/// different kinds are an error (<c>incompatible types for comparison</c>) except signed against
/// unsigned integers, and nil, which <c>eq</c> treats as unequal to everything but nil. An int
/// never equals a float (Go does not convert), so <c>eq 1 1.0</c> is an error.
/// Failures are thrown as <see cref="TemplateFunctionException"/> and reported as
/// <c>error calling eq: …</c>.
/// </summary>
internal static class GoCompare
{
    public static bool Eq(object? a, ReadOnlySpan<object?> others)
    {
        if (others.Length == 0)
        {
            throw new TemplateFunctionException("missing argument for comparison");
        }

        var k1 = GoValues.KindOf(a);
        foreach (var b in others)
        {
            var k2 = GoValues.KindOf(b);
            bool truth;
            if (k1 != k2)
            {
                if (k1 == GoKind.Int && k2 == GoKind.Uint)
                {
                    truth = GoValues.ToInt64(a!) >= 0 && (ulong)GoValues.ToInt64(a!) == GoValues.ToUInt64(b!);
                }
                else if (k1 == GoKind.Uint && k2 == GoKind.Int)
                {
                    truth = GoValues.ToInt64(b!) >= 0 && GoValues.ToUInt64(a!) == (ulong)GoValues.ToInt64(b!);
                }
                else if (a is not null && b is not null)
                {
                    throw Incompatible(a, b);
                }
                else
                {
                    truth = false;
                }
            }
            else
            {
                truth = k1 switch
                {
                    GoKind.Nil => true,
                    GoKind.Bool => (bool)a! == (bool)b!,
                    GoKind.Int => GoValues.ToInt64(a!) == GoValues.ToInt64(b!),
                    GoKind.Uint => GoValues.ToUInt64(a!) == GoValues.ToUInt64(b!),
                    GoKind.Float => GoValues.ToDouble(a!) == GoValues.ToDouble(b!),
                    GoKind.String => string.Equals((string)a!, (string)b!, StringComparison.Ordinal),
                    GoKind.List or GoKind.Map => throw new TemplateFunctionException(
                        $"non-comparable type {GoFmt.FormatValue(b)}: {GoValues.TypeName(b)}"),
                    _ => Equals(a, b),
                };
            }

            if (truth)
            {
                return true;
            }
        }

        return false;
    }

    public static bool Lt(object? a, object? b)
    {
        var k1 = BasicKind(a);
        var k2 = BasicKind(b);
        if (k1 != k2)
        {
            if (k1 == GoKind.Int && k2 == GoKind.Uint)
            {
                return GoValues.ToInt64(a!) < 0 || (ulong)GoValues.ToInt64(a!) < GoValues.ToUInt64(b!);
            }

            if (k1 == GoKind.Uint && k2 == GoKind.Int)
            {
                return GoValues.ToInt64(b!) >= 0 && GoValues.ToUInt64(a!) < (ulong)GoValues.ToInt64(b!);
            }

            throw Incompatible(a!, b!);
        }

        return k1 switch
        {
            GoKind.Float => GoValues.ToDouble(a!) < GoValues.ToDouble(b!),
            GoKind.Int => GoValues.ToInt64(a!) < GoValues.ToInt64(b!),
            GoKind.Uint => GoValues.ToUInt64(a!) < GoValues.ToUInt64(b!),
            GoKind.String => string.CompareOrdinal((string)a!, (string)b!) < 0,
            _ => throw new TemplateFunctionException("invalid type for comparison"),
        };
    }

    public static bool Le(object? a, object? b) => Lt(a, b) || Eq(a, [b]);

    public static bool Gt(object? a, object? b) => !Le(a, b);

    public static bool Ge(object? a, object? b) => !Lt(a, b);

    private static GoKind BasicKind(object? value)
    {
        var kind = GoValues.KindOf(value);
        return kind is GoKind.Bool or GoKind.Int or GoKind.Uint or GoKind.Float or GoKind.String
            ? kind
            : throw new TemplateFunctionException("invalid type for comparison");
    }

    private static TemplateFunctionException Incompatible(object a, object b) =>
        new($"incompatible types for comparison: {GoValues.TypeName(a)} and {GoValues.TypeName(b)}");
}
