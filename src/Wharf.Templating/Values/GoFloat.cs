using System.Text;

namespace Wharf.Templating.Values;

/// <summary>
/// Go's <c>strconv.FormatFloat(v, fmt, prec, 64)</c> for the formats templates use
/// (<c>e E f F g G</c>), plus the variants <c>fmt</c> and <c>encoding/json</c> build on it.
/// Shortest formatting (<paramref name="prec"/> -1) uses the round-trip digits; a fixed
/// precision rounds the exact binary value half-to-even, so <c>%.2f</c> of 0.125 is 0.12 as in Go.
/// </summary>
internal static class GoFloat
{
    public static string Format(double v, char fmt, int prec)
    {
        if (double.IsNaN(v))
        {
            return "NaN";
        }

        if (double.IsInfinity(v))
        {
            return v > 0 ? "+Inf" : "-Inf";
        }

        var negative = v < 0 || (v == 0 && double.IsNegative(v));
        var abs = Math.Abs(v);
        var shortest = prec < 0;
        DecimalDigits digits;
        var lower = char.ToLowerInvariant(fmt);
        if (shortest)
        {
            digits = DecimalDigits.Shortest(abs);
            prec = lower switch
            {
                'e' => Math.Max(digits.Digits.Length - 1, 0),
                'f' => Math.Max(digits.Digits.Length - digits.Point, 0),
                _ => digits.Digits.Length,
            };
        }
        else
        {
            var exact = DecimalDigits.Exact(abs);
            switch (lower)
            {
                case 'e':
                    digits = exact.Round(prec + 1);
                    break;
                case 'f':
                    digits = exact.Round(exact.Point + prec);
                    break;
                default:
                    if (prec == 0)
                    {
                        prec = 1;
                    }

                    digits = exact.Round(prec);
                    break;
            }
        }

        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }

        switch (lower)
        {
            case 'e':
                AppendE(sb, digits, prec, fmt);
                break;
            case 'f':
                AppendF(sb, digits, prec);
                break;
            default:
                AppendG(sb, digits, prec, shortest, fmt == 'G' ? 'E' : 'e');
                break;
        }

        return sb.ToString();
    }

    /// <summary>Go's <c>encoding/json</c> float text: 'f' unless tiny or huge, and <c>e-07</c> shortened to <c>e-7</c>.</summary>
    public static string FormatJson(double v)
    {
        var abs = Math.Abs(v);
        var useE = abs != 0 && (abs < 1e-6 || abs >= 1e21);
        var text = Format(v, useE ? 'e' : 'f', -1);
        if (useE)
        {
            var n = text.Length;
            if (n >= 4 && text[n - 4] == 'e' && text[n - 3] == '-' && text[n - 2] == '0')
            {
                text = string.Concat(text.AsSpan(0, n - 2), text.AsSpan(n - 1));
            }
        }

        return text;
    }

    private static void AppendG(StringBuilder sb, DecimalDigits digits, int prec, bool shortest, char e)
    {
        var eprec = prec;
        var nd = digits.Digits.Length;
        if (eprec > nd && nd >= digits.Point)
        {
            eprec = nd;
        }

        if (shortest)
        {
            eprec = 6;
        }

        var exp = digits.Point - 1;
        if (exp < -4 || exp >= eprec)
        {
            if (prec > nd)
            {
                prec = nd;
            }

            AppendE(sb, digits, prec - 1, e);
            return;
        }

        if (prec > digits.Point)
        {
            prec = nd;
        }

        AppendF(sb, digits, Math.Max(prec - digits.Point, 0));
    }

    private static void AppendE(StringBuilder sb, DecimalDigits digits, int prec, char e)
    {
        var d = digits.Digits;
        sb.Append(d.Length == 0 ? '0' : d[0]);
        if (prec > 0)
        {
            sb.Append('.');
            for (var i = 1; i <= prec; i++)
            {
                sb.Append(i < d.Length ? d[i] : '0');
            }
        }

        var exp = d.Length == 0 ? 0 : digits.Point - 1;
        sb.Append(e).Append(exp < 0 ? '-' : '+');
        exp = Math.Abs(exp);
        if (exp < 10)
        {
            sb.Append('0');
        }

        sb.Append(GoValues.FormatInvariant(exp));
    }

    private static void AppendF(StringBuilder sb, DecimalDigits digits, int prec)
    {
        var d = digits.Digits;
        if (digits.Point > 0)
        {
            for (var i = 0; i < digits.Point; i++)
            {
                sb.Append(i < d.Length ? d[i] : '0');
            }
        }
        else
        {
            sb.Append('0');
        }

        if (prec > 0)
        {
            sb.Append('.');
            for (var i = 0; i < prec; i++)
            {
                var index = digits.Point + i;
                sb.Append(index >= 0 && index < d.Length ? d[index] : '0');
            }
        }
    }
}
