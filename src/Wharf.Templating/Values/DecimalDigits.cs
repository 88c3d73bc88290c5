using System.Globalization;
using System.Numerics;

namespace Wharf.Templating.Values;

/// <summary>
/// A non-negative finite double as decimal digits: value = 0.D1D2…Dn × 10^<see cref="Point"/>
/// (Go strconv's <c>decimalSlice</c>). Empty digits mean zero.
/// </summary>
internal readonly record struct DecimalDigits(string Digits, int Point)
{
    /// <summary>The shortest digits that round-trip (what Go's <c>%v</c> and <c>'g', -1</c> print).</summary>
    public static DecimalDigits Shortest(double abs)
    {
        if (abs == 0)
        {
            return new DecimalDigits("", 0);
        }

        // .NET Core 3.0+ "R" is the shortest round-trippable representation, like Go's Ryu.
        var text = abs.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var intLength = dot < 0 ? text.Length : dot;
        var all = dot < 0 ? text : string.Concat(text.AsSpan(0, dot), text.AsSpan(dot + 1));
        return Normalize(all, intLength + exponent);
    }

    /// <summary>The exact decimal expansion of <paramref name="abs"/>, for precise rounding.</summary>
    public static DecimalDigits Exact(double abs)
    {
        if (abs == 0)
        {
            return new DecimalDigits("", 0);
        }

        var bits = BitConverter.DoubleToInt64Bits(abs);
        var exponentBits = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        int exponent;
        if (exponentBits == 0)
        {
            exponent = -1074;
        }
        else
        {
            mantissa |= 1L << 52;
            exponent = exponentBits - 1075;
        }

        string digits;
        int point;
        if (exponent >= 0)
        {
            digits = (new BigInteger(mantissa) << exponent).ToString(CultureInfo.InvariantCulture);
            point = digits.Length;
        }
        else
        {
            // m / 2^k = m * 5^k / 10^k
            digits = (new BigInteger(mantissa) * BigInteger.Pow(5, -exponent)).ToString(CultureInfo.InvariantCulture);
            point = digits.Length + exponent;
        }

        return Normalize(digits, point);
    }

    /// <summary>Rounds to <paramref name="count"/> significant digits, ties to even (Go's decimal.Round on exact input).</summary>
    public DecimalDigits Round(int count)
    {
        if (count < 0 || count >= Digits.Length)
        {
            return this;
        }

        var roundUp = Digits[count] > '5'
            || (Digits[count] == '5' && (count + 1 < Digits.Length || (count > 0 && (Digits[count - 1] - '0') % 2 == 1)));
        if (!roundUp)
        {
            return Normalize(Digits[..count], Point);
        }

        var chars = Digits[..count].ToCharArray();
        var i = count - 1;
        while (i >= 0 && chars[i] == '9')
        {
            chars[i] = '0';
            i--;
        }

        if (i < 0)
        {
            return Normalize("1" + new string(chars), Point + 1);
        }

        chars[i]++;
        return Normalize(new string(chars), Point);
    }

    private static DecimalDigits Normalize(string digits, int point)
    {
        var start = 0;
        while (start < digits.Length && digits[start] == '0')
        {
            start++;
            point--;
        }

        var end = digits.Length;
        while (end > start && digits[end - 1] == '0')
        {
            end--;
        }

        return start == end ? new DecimalDigits("", 0) : new DecimalDigits(digits[start..end], point);
    }
}
