using System.Globalization;

namespace Wharf.Kots.Static;

/// <summary>
/// Go's <c>strconv</c> parsing as KOTS's <c>ParseInt</c>, <c>ParseUint</c> and <c>ParseFloat</c> use it: the error is
/// ignored, so bad syntax gives 0 and overflow gives the largest value of the sign (Go returns both with ErrRange).
/// </summary>
internal static class GoStrconv
{
    public static long ParseInt(string s, long @base)
    {
        var negative = s.Length > 0 && s[0] == '-';
        var digits = s.Length > 0 && s[0] is '+' or '-' ? s[1..] : s;
        if (!TryParseMagnitude(digits, @base, out var magnitude, out var overflow))
        {
            return 0;
        }

        if (negative)
        {
            return overflow || magnitude > (ulong)long.MaxValue + 1 ? long.MinValue : unchecked(-(long)magnitude);
        }

        return overflow || magnitude > long.MaxValue ? long.MaxValue : (long)magnitude;
    }

    public static ulong ParseUint(string s, long @base) =>
        !TryParseMagnitude(s, @base, out var magnitude, out var overflow) ? 0 : overflow ? ulong.MaxValue : magnitude;

    public static double ParseFloat(string s)
    {
        var lower = s.ToLowerInvariant().TrimStart('+');
        if (lower is "inf" or "infinity" or "-inf" or "-infinity")
        {
            return lower[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (lower is "nan")
        {
            return double.NaN;
        }

        // Go accepts no surrounding space and no thousands separators; .NET's parser returns ±Infinity on overflow, as Go does.
        return s.Length > 0 && !char.IsWhiteSpace(s[0]) && !char.IsWhiteSpace(s[^1])
            && double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            ? value
            : 0;
    }

    /// <summary>Go's <c>%.4g</c>: four significant digits, trailing zeros dropped, exponent as <c>e+06</c>.</summary>
    public static string FormatG4(double value)
    {
        var text = value.ToString("G4", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return text;
        }

        var exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return text[..e] + (exponent < 0 ? "e-" : "e+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>Digits after the sign; base 0 reads a 0x/0o/0b/0 prefix and allows '_' between digits, as Go does.</summary>
    private static bool TryParseMagnitude(string s, long @base, out ulong value, out bool overflow)
    {
        value = 0;
        overflow = false;
        var underscores = false;
        if (@base == 0)
        {
            underscores = true;
            (@base, s) = s.Length > 1 && s[0] == '0'
                ? char.ToLowerInvariant(s[1]) switch
                {
                    'x' => (16L, s[2..]),
                    'o' => (8L, s[2..]),
                    'b' => (2L, s[2..]),
                    _ => (8L, s[1..]),
                }
                : (10L, s);
            if (s.Length == 0 && @base == 8)
            {
                return true; // "0" itself
            }
        }

        if (@base is < 2 or > 36 || s.Length == 0 || s[0] == '_' || s[^1] == '_')
        {
            return false;
        }

        foreach (var c in s)
        {
            if (c == '_' && underscores)
            {
                continue;
            }

            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (digit >= @base)
            {
                return false;
            }

            if (!overflow)
            {
                var next = unchecked(value * (ulong)@base + (ulong)digit);
                overflow = value > (ulong.MaxValue - (ulong)digit) / (ulong)@base;
                value = next;
            }
        }

        return true;
    }
}
