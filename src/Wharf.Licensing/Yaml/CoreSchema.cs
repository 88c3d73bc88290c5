using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Wharf.Licensing.Yaml;

/// <summary>
/// Resolves plain (unquoted) scalars by the YAML 1.2 core schema, and gives each typed value one
/// canonical JSON spelling, so <c>007</c> and <c>7</c> sign alike but <c>7</c> and <c>"7"</c> do not.
/// Quoted and block scalars are always strings. The rules are listed in docs/LICENSES.md.
/// </summary>
internal static partial class CoreSchema
{
    // Octal and hex integers go through BigInteger; a bound keeps that conversion cheap.
    private const int MaxRadixDigits = 64;

    /// <summary>Resolves a plain scalar; the error names the problem without the position.</summary>
    public static (ScalarKind Kind, string Canonical, string? Error) ResolvePlain(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return (ScalarKind.Null, "null", null);
            case "true" or "True" or "TRUE":
                return (ScalarKind.Bool, "true", null);
            case "false" or "False" or "FALSE":
                return (ScalarKind.Bool, "false", null);
        }

        if (DecimalInt().IsMatch(text))
        {
            return (ScalarKind.Int, CanonicalDecimal(text), null);
        }

        if (OctalInt().IsMatch(text) || HexInt().IsMatch(text))
        {
            var digits = text.AsSpan(2);
            if (digits.Length > MaxRadixDigits)
            {
                return (ScalarKind.Int, string.Empty, "number is too long");
            }

            var value = text[1] == 'x' ? HexValue(digits) : OctalValue(digits);
            return (ScalarKind.Int, value.ToString(CultureInfo.InvariantCulture), null);
        }

        if (Float().IsMatch(text))
        {
            var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            return double.IsFinite(value)
                ? (ScalarKind.Float, value.ToString("R", CultureInfo.InvariantCulture), null)
                : (ScalarKind.Float, string.Empty, "number is out of range");
        }

        if (NonFinite().IsMatch(text))
        {
            // JSON has no spelling for infinities and NaN, and a license never needs them.
            return (ScalarKind.Float, string.Empty, "non-finite numbers (.inf, .nan) are not allowed");
        }

        return (ScalarKind.String, text, null);
    }

    private static string CanonicalDecimal(string text)
    {
        var negative = text[0] == '-';
        var digits = text.AsSpan(text[0] is '-' or '+' ? 1 : 0).TrimStart('0');
        if (digits.IsEmpty)
        {
            return "0";
        }

        return negative ? string.Concat("-", digits) : digits.ToString();
    }

    private static BigInteger HexValue(ReadOnlySpan<char> digits)
    {
        var value = BigInteger.Zero;
        foreach (var c in digits)
        {
            value = (value << 4) + (char.IsAsciiDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
        }

        return value;
    }

    private static BigInteger OctalValue(ReadOnlySpan<char> digits)
    {
        var value = BigInteger.Zero;
        foreach (var c in digits)
        {
            value = (value << 3) + (c - '0');
        }

        return value;
    }

    [GeneratedRegex(@"^[-+]?[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalInt();

    [GeneratedRegex(@"^0o[0-7]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex OctalInt();

    [GeneratedRegex(@"^0x[0-9a-fA-F]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex HexInt();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Float();

    [GeneratedRegex(@"^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))\z", RegexOptions.CultureInvariant)]
    private static partial Regex NonFinite();
}
