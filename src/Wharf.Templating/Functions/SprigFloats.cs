using System.Globalization;
using Wharf.Templating.Values;
using static Wharf.Templating.Functions.ParamKind;

namespace Wharf.Templating.Functions;

/// <summary>
/// Sprig's float64 math. <c>addf subf mulf divf add1f</c> go through shopspring/decimal, so
/// 0.1 + 0.2 is 0.3 rather than 0.30000000000000004: each operand becomes the shortest decimal
/// that round-trips its float64, the arithmetic is decimal (division rounded half away from zero
/// at 16 places, as decimal's DivisionPrecision), and the result is parsed back as float64.
/// </summary>
internal static class SprigFloats
{
    private const int DivisionPrecision = 16;

    private enum Op
    {
        Add,
        Sub,
        Mul,
        Div,
    }

    public static void Register(FunctionTableBuilder b)
    {
        b.Fixed("add1f", [Any], (_, a) => DecimalOp(a[0], [1L], Op.Add));
        b.Variadic("addf", [], Any, (_, a) => DecimalOp(0.0, a, Op.Add));
        b.Variadic("subf", [Any], Any, (_, a) => DecimalOp(a[0], a[1..], Op.Sub));
        b.Variadic("mulf", [Any], Any, (_, a) => DecimalOp(a[0], a[1..], Op.Mul));
        b.Variadic("divf", [Any], Any, (_, a) => DecimalOp(a[0], a[1..], Op.Div));
        b.Variadic("maxf", [Any], Any, (_, a) => Fold(a, Math.Max));
        b.Variadic("minf", [Any], Any, (_, a) => Fold(a, Math.Min));
        b.Variadic("biggest", [Any], Any, (_, a) => Biggest(a));
        b.Fixed("ceil", [Any], (_, a) => Math.Ceiling(GoCast.ToFloat64(a[0])));
        b.Fixed("floor", [Any], (_, a) => Math.Floor(GoCast.ToFloat64(a[0])));
        b.Variadic("round", [Any, Int], Float, (_, a) => Round(GoCast.ToFloat64(a[0]), (long)a[1]!, a.Length > 2 ? (double)a[2]! : 0.5));
    }

    private static double Fold(ReadOnlySpan<object?> args, Func<double, double, double> op)
    {
        var result = GoCast.ToFloat64(args[0]);
        foreach (var arg in args[1..])
        {
            result = op(result, GoCast.ToFloat64(arg));
        }

        return result;
    }

    /// <summary>Sprig's <c>biggest</c> is its integer <c>max</c>.</summary>
    private static long Biggest(ReadOnlySpan<object?> args)
    {
        var result = GoCast.ToInt64(args[0]);
        foreach (var arg in args[1..])
        {
            result = Math.Max(result, GoCast.ToInt64(arg));
        }

        return result;
    }

    /// <summary>Sprig's <c>round</c>: away from the floor once the fraction reaches <paramref name="roundOn"/>.</summary>
    private static double Round(double value, long places, double roundOn)
    {
        var pow = Math.Pow(10, places);
        var digit = pow * value;
        var fraction = digit - Math.Truncate(digit);
        return (fraction >= roundOn ? Math.Ceiling(digit) : Math.Floor(digit)) / pow;
    }

    private static double DecimalOp(object? first, ReadOnlySpan<object?> rest, Op op)
    {
        var values = new List<double>(rest.Length + 1) { GoCast.ToFloat64(first) };
        foreach (var arg in rest)
        {
            values.Add(GoCast.ToFloat64(arg));
        }

        try
        {
            var result = ToDecimal(values[0]);
            for (var i = 1; i < values.Count; i++)
            {
                result = Apply(op, result, ToDecimal(values[i]));
            }

            return double.Parse(result.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            // Beyond System.Decimal's range shopspring keeps exact digits; float64 arithmetic is the nearest we have.
            return values.Skip(1).Aggregate(values[0], (x, y) => op switch
            {
                Op.Add => x + y,
                Op.Sub => x - y,
                Op.Mul => x * y,
                _ => x / y,
            });
        }
    }

    private static decimal Apply(Op op, decimal x, decimal y) => op switch
    {
        Op.Add => x + y,
        Op.Sub => x - y,
        Op.Mul => x * y,
        _ when y == 0 => throw new TemplateFunctionException("decimal division by 0"),
        _ => Math.Round(x / y, DivisionPrecision, MidpointRounding.AwayFromZero),
    };

    /// <summary>shopspring's <c>NewFromFloat</c>: the shortest decimal that round-trips; NaN and ±Inf panic.</summary>
    private static decimal ToDecimal(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new TemplateFunctionException("Cannot create a Decimal from " + GoFloat.Format(value, 'g', -1));
        }

        return decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
