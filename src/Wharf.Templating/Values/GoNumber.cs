using System.Globalization;

namespace Wharf.Templating.Values;

/// <summary>
/// A numeric literal as Go's <c>parse.NumberNode</c> sees it: one text may be usable as an int,
/// a uint and a float at once (<c>1e3</c> is all three), and the context decides
/// (<see cref="Execution.ArgumentTypes.IdealConstant"/> follows Go's <c>idealConstant</c>). Also holds
/// Go's strconv integer and float syntax (prefixes, underscores, hex floats), which Sprig's
/// conversions reuse; that is why the file is longer than most.
/// </summary>
internal sealed class GoNumber
{
    public required string Text { get; init; }

    public bool IsInt { get; init; }

    public bool IsUint { get; init; }

    public bool IsFloat { get; init; }

    public long Int64 { get; init; }

    public ulong UInt64 { get; init; }

    public double Float64 { get; init; }

    /// <summary>Parses a number token the way Go's parser does; <paramref name="error"/> uses Go's wording.</summary>
    public static GoNumber? TryParse(string text, out string error)
    {
        error = "";
        if (text.EndsWith('i'))
        {
            error = $"complex number {text} is not supported";
            return null;
        }

        var isUint = TryParseInteger(text, allowSign: false, out var magnitude, out var negative) && !negative;
        var isInt = TryParseInteger(text, allowSign: true, out var intMagnitude, out var intNegative)
            && (intNegative ? intMagnitude <= 1UL << 63 : intMagnitude <= long.MaxValue);
        long int64 = 0;
        if (isInt)
        {
            int64 = intNegative ? unchecked(-(long)intMagnitude) : (long)intMagnitude;
            if (int64 == 0)
            {
                isUint = true;
                magnitude = 0;
            }
        }

        if (isInt || isUint)
        {
            return new GoNumber
            {
                Text = text,
                IsInt = isInt,
                Int64 = int64,
                IsUint = isUint,
                UInt64 = magnitude,
                IsFloat = true,
                Float64 = isInt ? int64 : magnitude,
            };
        }

        if (!TryParseFloat(text, out var f))
        {
            error = $"illegal number syntax: {GoQuote.Quote(text)}";
            return null;
        }

        if (text.AsSpan().IndexOfAny(".eEpP") < 0)
        {
            // Looks like an integer but did not fit in 64 bits.
            error = $"integer overflow: {GoQuote.Quote(text)}";
            return null;
        }

        var fitsInt = f >= -9.223372036854775808e18 && f < 9.223372036854775808e18 && Math.Floor(f) == f;
        var fitsUint = f >= 0 && f < 1.8446744073709551616e19 && Math.Floor(f) == f;
        return new GoNumber
        {
            Text = text,
            IsFloat = true,
            Float64 = f,
            IsInt = fitsInt,
            Int64 = fitsInt ? (long)f : 0,
            IsUint = fitsUint,
            UInt64 = fitsUint ? (ulong)f : 0,
        };
    }

    /// <summary>A character constant (<c>'a'</c>): int, uint and float at once, as in Go.</summary>
    public static GoNumber FromRune(string text, long rune) => new()
    {
        Text = text,
        IsInt = true,
        Int64 = rune,
        IsUint = true,
        UInt64 = (ulong)rune,
        IsFloat = true,
        Float64 = rune,
    };

    /// <summary>Go's <c>strconv.ParseInt(s, 0, 64)</c> syntax: sign, 0x/0o/0b/0 prefixes, underscores.</summary>
    public static bool TryParseInteger(string s, bool allowSign, out ulong magnitude, out bool negative)
    {
        magnitude = 0;
        negative = false;
        var span = s.AsSpan();
        if (allowSign && span.Length > 0 && (span[0] == '+' || span[0] == '-'))
        {
            negative = span[0] == '-';
            span = span[1..];
        }

        if (span.Length == 0 || !UnderscoresOk(span))
        {
            return false;
        }

        var numberBase = 10;
        if (span.Length >= 2 && span[0] == '0')
        {
            switch (char.ToLowerInvariant(span[1]))
            {
                case 'x': numberBase = 16; span = span[2..]; break;
                case 'o': numberBase = 8; span = span[2..]; break;
                case 'b': numberBase = 2; span = span[2..]; break;
                default: numberBase = 8; span = span[1..]; break;
            }
        }

        var any = false;
        foreach (var c in span)
        {
            if (c == '_')
            {
                continue;
            }

            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => 99,
            };
            if (digit >= numberBase)
            {
                return false;
            }

            any = true;
            var next = unchecked((magnitude * (ulong)numberBase) + (ulong)digit);
            if (magnitude > (ulong.MaxValue - (ulong)digit) / (ulong)numberBase)
            {
                return false;
            }

            magnitude = next;
        }

        return any || numberBase == 8;
    }

    /// <summary>Go's <c>strconv.ParseFloat(s, 64)</c> for decimal and hexadecimal (<c>0x1p-2</c>) syntax.</summary>
    public static bool TryParseFloat(string s, out double value)
    {
        value = 0;
        var span = s.AsSpan();
        if (span.Contains('_'))
        {
            if (!UnderscoresOk(span))
            {
                return false;
            }

            span = s.Replace("_", "", StringComparison.Ordinal).AsSpan();
        }

        var negative = false;
        var body = span;
        if (body.Length > 0 && (body[0] == '+' || body[0] == '-'))
        {
            negative = body[0] == '-';
            body = body[1..];
        }

        if (body.Length > 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X'))
        {
            if (!TryParseHexFloat(body[2..], out value))
            {
                return false;
            }

            value = negative ? -value : value;
            return true;
        }

        foreach (var c in body)
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-'))
            {
                return false;
            }
        }

        return double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsInfinity(value);
    }

    private static bool TryParseHexFloat(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        var p = s.IndexOfAny('p', 'P');
        if (p < 0 || !int.TryParse(s[(p + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent))
        {
            return false;
        }

        var mantissa = 0.0;
        var fractionDigits = 0;
        var seenDot = false;
        var any = false;
        foreach (var c in s[..p])
        {
            if (c == '.' && !seenDot)
            {
                seenDot = true;
                continue;
            }

            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }

            any = true;
            mantissa = (mantissa * 16) + Convert.ToInt32(c.ToString(), 16);
            fractionDigits += seenDot ? 1 : 0;
        }

        value = mantissa * Math.Pow(2, exponent - (4 * fractionDigits));
        return any && !double.IsInfinity(value);
    }

    /// <summary>Go's <c>underscoreOK</c>: underscores only between digits (a base prefix counts as a digit).</summary>
    private static bool UnderscoresOk(ReadOnlySpan<char> s)
    {
        var saw = '^';
        var i = 0;
        if (s.Length >= 1 && (s[0] == '-' || s[0] == '+'))
        {
            s = s[1..];
        }

        var hex = false;
        if (s.Length >= 2 && s[0] == '0' && char.ToLowerInvariant(s[1]) is 'b' or 'o' or 'x')
        {
            i = 2;
            saw = '0';
            hex = char.ToLowerInvariant(s[1]) == 'x';
        }

        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c) || (hex && char.IsAsciiHexDigit(c)))
            {
                saw = '0';
                continue;
            }

            if (c == '_')
            {
                if (saw != '0')
                {
                    return false;
                }

                saw = '_';
                continue;
            }

            if (saw == '_')
            {
                return false;
            }

            saw = '!';
        }

        return saw != '_';
    }
}
