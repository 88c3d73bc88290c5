using Wharf.Templating.Values;
using static Wharf.Templating.Functions.ParamKind;

namespace Wharf.Templating.Functions;

/// <summary>
/// Sprig's integer arithmetic and conversions. Operands go through spf13/cast's lenient
/// <c>ToInt64</c> (strings parse, junk is 0) and results are 64-bit integers, as in Sprig;
/// division by zero fails like Go's runtime panic does.
/// </summary>
internal static class SprigNumbers
{
    public static void Register(FunctionTableBuilder b)
    {
        b.Fixed("atoi", [ParamKind.String], (_, a) => GoCast.Atoi((string)a[0]!));
        b.Fixed("int", [Any], (_, a) => GoCast.ToInt64(a[0]));
        b.Fixed("int64", [Any], (_, a) => GoCast.ToInt64(a[0]));
        b.Fixed("float64", [Any], (_, a) => GoCast.ToFloat64(a[0]));
        b.Variadic("add", [], Any, (_, a) => Fold(a, 0, (x, y) => unchecked(x + y)));
        b.Fixed("add1", [Any], (_, a) => unchecked(GoCast.ToInt64(a[0]) + 1));
        b.Fixed("sub", [Any, Any], (_, a) => unchecked(GoCast.ToInt64(a[0]) - GoCast.ToInt64(a[1])));
        b.Variadic("mul", [Any], Any, (_, a) => Fold(a[1..], GoCast.ToInt64(a[0]), (x, y) => unchecked(x * y)));
        b.Fixed("div", [Any, Any], (_, a) => Divide(GoCast.ToInt64(a[0]), GoCast.ToInt64(a[1]), remainder: false));
        b.Fixed("mod", [Any, Any], (_, a) => Divide(GoCast.ToInt64(a[0]), GoCast.ToInt64(a[1]), remainder: true));
        b.Variadic("max", [Any], Any, (_, a) => Fold(a[1..], GoCast.ToInt64(a[0]), Math.Max));
        b.Variadic("min", [Any], Any, (_, a) => Fold(a[1..], GoCast.ToInt64(a[0]), Math.Min));
    }

    private static long Fold(ReadOnlySpan<object?> args, long seed, Func<long, long, long> op)
    {
        var result = seed;
        foreach (var arg in args)
        {
            result = op(result, GoCast.ToInt64(arg));
        }

        return result;
    }

    private static long Divide(long a, long b, bool remainder)
    {
        if (b == 0)
        {
            throw new TemplateFunctionException("runtime error: integer divide by zero");
        }

        if (b == -1)
        {
            // Go wraps MinInt64 / -1 instead of trapping.
            return remainder ? 0 : unchecked(-a);
        }

        return remainder ? a % b : a / b;
    }
}
