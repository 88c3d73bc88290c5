using System.Globalization;

namespace Wharf.Templating.Values;

/// <summary>
/// The lenient conversions Sprig's arithmetic and <c>int</c>/<c>int64</c>/<c>float64</c> use
/// (spf13/cast <c>ToInt64</c>, <c>ToFloat64</c>): strings are parsed (Go base-0 syntax, a
/// <c>.0</c> suffix tolerated), bools are 0/1, anything unconvertible is 0. Never fails.
/// </summary>
internal static class GoCast
{
    public static long ToInt64(object? value)
    {
        switch (GoValues.KindOf(value))
        {
            case GoKind.Int or GoKind.Uint:
                return GoValues.ToInt64(value!);
            case GoKind.Float:
                var d = GoValues.ToDouble(value!);
                return double.IsNaN(d) ? 0 : d >= 9.2233720368547758e18 ? long.MaxValue : d <= -9.2233720368547758e18 ? long.MinValue : (long)d;
            case GoKind.Bool:
                return (bool)value! ? 1 : 0;
            case GoKind.String:
                var s = TrimZeroDecimal((string)value!);
                if (GoNumber.TryParseInteger(s, allowSign: true, out var magnitude, out var negative)
                    && (negative ? magnitude <= 1UL << 63 : magnitude <= long.MaxValue))
                {
                    return negative ? unchecked(-(long)magnitude) : (long)magnitude;
                }

                return 0;
            default:
                return 0;
        }
    }

    public static double ToFloat64(object? value) => GoValues.KindOf(value) switch
    {
        GoKind.Int or GoKind.Uint or GoKind.Float => GoValues.ToDouble(value!),
        GoKind.Bool => (bool)value! ? 1 : 0,
        GoKind.String => GoNumber.TryParseFloat((string)value!, out var f) ? f : SpecialFloat((string)value!),
        _ => 0,
    };

    /// <summary>The words <c>strconv.ParseFloat</c> also accepts (any case): NaN, Inf and Infinity with an optional sign; else 0.</summary>
    private static double SpecialFloat(string s)
    {
        var sign = s.StartsWith('-') ? -1 : 1;
        var word = s.TrimStart('+', '-');
        if (word.Length != s.Length - 1 && word.Length != s.Length)
        {
            return 0;
        }

        return word.ToUpperInvariant() switch
        {
            "NAN" when word.Length == s.Length => double.NaN,
            "INF" or "INFINITY" => sign * double.PositiveInfinity,
            _ => 0,
        };
    }

    /// <summary>Go's <c>strconv.Atoi</c>: optional sign and decimal digits only, else 0 (Sprig ignores the error).</summary>
    public static long Atoi(string s)
    {
        var span = s.AsSpan();
        if (span.Length > 0 && (span[0] == '+' || span[0] == '-'))
        {
            if (span.Length == 1)
            {
                return 0;
            }

            span = span[1..];
        }

        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return 0;
            }
        }

        return long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    /// <summary>cast's <c>trimZeroDecimal</c>: "12.0" → "12", "12.5" unchanged.</summary>
    private static string TrimZeroDecimal(string s)
    {
        var foundZero = false;
        for (var i = s.Length; i > 0; i--)
        {
            switch (s[i - 1])
            {
                case '.':
                    return foundZero ? s[..(i - 1)] : s;
                case '0':
                    foundZero = true;
                    break;
                default:
                    return s;
            }
        }

        return s;
    }
}
