using System.Globalization;
using System.Text;

namespace Wharf.Installer.Yaml;

/// <summary>
/// Go's float spellings, which decide how kustomize prints numbers: <c>encoding/json</c> writes a
/// float64 with <c>strconv</c> format 'f' (shortest digits), or 'e' below 1e-6 and from 1e21 on;
/// go-yaml v2 then prints a float with format 'g', shortest digits (exponent form from 1e6 on and
/// below 1e-4). Both use the shortest digits that round-trip, as .NET's "R" does.
/// </summary>
internal static class GoNumbers
{
    public static string FormatJsonFloat(double value)
    {
        var abs = Math.Abs(value);
        var (negative, digits, point) = Decompose(value);
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21))
        {
            var e = FormatE(negative, digits, point);

            // encoding/json cleans e-07 to e-7.
            var n = e.Length;
            return n >= 4 && e[n - 4] == 'e' && e[n - 3] == '-' && e[n - 2] == '0' ? e[..(n - 2)] + e[n - 1] : e;
        }

        return FormatF(negative, digits, point);
    }

    public static string FormatShortestG(double value)
    {
        var (negative, digits, point) = Decompose(value);
        var exp = point - 1;
        return exp < -4 || exp >= 6 ? FormatE(negative, digits, point) : FormatF(negative, digits, point);
    }

    /// <summary>Shortest round-trip digits (no leading or trailing zeros) and the decimal point position: value = 0.DIGITS × 10^point.</summary>
    private static (bool Negative, string Digits, int Point) Decompose(double value)
    {
        var r = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = r.StartsWith('-');
        if (negative)
        {
            r = r[1..];
        }

        var exponent = 0;
        var e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }

        var dot = r.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot < 0 ? r : r[..dot];
        var fraction = dot < 0 ? string.Empty : r[(dot + 1)..];
        var all = intPart + fraction;
        var point = intPart.Length + exponent;
        var lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0')
        {
            lead++;
        }

        all = all[lead..];
        point -= lead;
        all = all.TrimEnd('0');
        if (all.Length == 0)
        {
            return (negative, "0", 1);
        }

        return (negative, all, point);
    }

    private static string FormatE(bool negative, string digits, int point)
    {
        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }

        sb.Append(digits[0]);
        if (digits.Length > 1)
        {
            sb.Append('.').Append(digits, 1, digits.Length - 1);
        }

        var exp = digits == "0" ? 0 : point - 1;
        sb.Append('e').Append(exp < 0 ? '-' : '+');
        var abs = Math.Abs(exp);
        if (abs < 10)
        {
            sb.Append('0');
        }

        return sb.Append(abs.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    private static string FormatF(bool negative, string digits, int point)
    {
        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }

        if (point > 0)
        {
            for (var i = 0; i < point; i++)
            {
                sb.Append(i < digits.Length ? digits[i] : '0');
            }
        }
        else
        {
            sb.Append('0');
        }

        var decimals = Math.Max(digits.Length - point, 0);
        if (decimals > 0)
        {
            sb.Append('.');
            for (var i = 0; i < decimals; i++)
            {
                var index = point + i;
                sb.Append(index >= 0 && index < digits.Length ? digits[index] : '0');
            }
        }

        return sb.ToString();
    }
}
