using Wharf.Templating;

namespace Wharf.Kots.Static;

/// <summary>
/// KOTS <c>Add</c>, <c>Sub</c>, <c>Mult</c>, <c>Div</c>: float64 when either side is a float; else int64 when the
/// first is a signed integer, uint64 when it is unsigned (the second converted); anything else (a string) is 0.
/// Integer division by zero fails as Go's runtime does.
/// </summary>
internal static class GoArithmetic
{
    public static object Apply(char op, object? a, object? b)
    {
        if (IsFloat(a) || IsFloat(b))
        {
            if (!TryDouble(a, out var x) || !TryDouble(b, out var y))
            {
                return 0L;
            }

            return op switch { '+' => x + y, '-' => x - y, '*' => x * y, _ => x / y };
        }

        if (a is long or int && TryLong(b, out var right))
        {
            var left = Convert.ToInt64(a, System.Globalization.CultureInfo.InvariantCulture);
            return op switch
            {
                '+' => unchecked(left + right),
                '-' => unchecked(left - right),
                '*' => unchecked(left * right),
                _ => right == 0 ? throw DivideByZero() : left == long.MinValue && right == -1 ? long.MinValue : left / right,
            };
        }

        if (a is ulong ua && TryLong(b, out var r))
        {
            var ub = unchecked((ulong)r);
            return op switch
            {
                '+' => unchecked(ua + ub),
                '-' => unchecked(ua - ub),
                '*' => unchecked(ua * ub),
                _ => ub == 0 ? throw DivideByZero() : ua / ub,
            };
        }

        return 0L;
    }

    private static TemplateFunctionException DivideByZero() => new("runtime error: integer divide by zero");

    private static bool IsFloat(object? v) => v is double or float;

    private static bool TryDouble(object? v, out double d)
    {
        (var ok, d) = v switch
        {
            double x => (true, x),
            float f => (true, f),
            long l => (true, l),
            int i => (true, i),
            ulong u => (true, u),
            _ => (false, 0d),
        };
        return ok;
    }

    private static bool TryLong(object? v, out long l)
    {
        (var ok, l) = v switch
        {
            long x => (true, x),
            int i => (true, i),
            ulong u => (true, unchecked((long)u)),
            double d => (true, (long)d),
            float f => (true, (long)f),
            _ => (false, 0L),
        };
        return ok;
    }
}
