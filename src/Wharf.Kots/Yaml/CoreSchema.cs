using System.Globalization;
using System.Text.RegularExpressions;

namespace Wharf.Kots.Yaml;

/// <summary>
/// Types plain scalars by the YAML 1.2 core schema (SPEC §3.5: values.yaml types must be what Helm
/// reads): null (<c>~</c>, <c>null</c>, empty), booleans (<c>true</c>/<c>false</c> in three casings),
/// integers (decimal, <c>0o</c> octal, <c>0x</c> hex, and a leading <c>0</c> as octal, as Go's YAML readers take
/// it) and floats (<c>1.5</c>, <c>1e3</c>, <c>.inf</c>,
/// <c>.nan</c>). Everything else, including <c>yes</c>/<c>on</c>, is a string. An integer beyond 64 bits
/// becomes a float, as Helm reads every number as a float anyway.
/// </summary>
internal static partial class CoreSchema
{
    public static object? Resolve(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
        }

        var first = text[0];
        if (!(char.IsAsciiDigit(first) || first is '-' or '+' or '.'))
        {
            return text;
        }

        if (DecimalInt().IsMatch(text))
        {
            // Go's YAML readers (go-yaml v2 in Helm, v3 in kustomize) take a leading 0 as octal, so
            // "defaultMode: 0644" means 420 to Helm: keep that meaning rather than the 1.2 reading 644.
            var digits = text.TrimStart('-', '+');
            if (digits.Length > 1 && digits[0] == '0')
            {
                if (digits.Any(c => c is '8' or '9'))
                {
                    return double.Parse(text, CultureInfo.InvariantCulture);
                }

                var leadingOctal = ParseRadix(digits[1..], 8);
                var signed = text[0] == '-' ? -leadingOctal : leadingOctal;
                return signed >= long.MinValue && signed <= long.MaxValue ? (long)signed : (object)(double)signed;
            }

            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                ? l
                : (object)double.Parse(text, CultureInfo.InvariantCulture);
        }

        if (text.StartsWith("0o", StringComparison.Ordinal) && OctalInt().IsMatch(text))
        {
            var octal = ParseRadix(text[2..], 8);
            return octal <= long.MaxValue ? (long)octal : (object)(double)octal;
        }

        if (text.StartsWith("0x", StringComparison.Ordinal) && HexInt().IsMatch(text))
        {
            var hex = ParseRadix(text[2..], 16);
            return hex <= long.MaxValue ? (long)hex : (object)(double)hex;
        }

        if (Float().IsMatch(text))
        {
            return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return NonFinite().Match(text) is { Success: true } m
            ? m.Groups["nan"].Success ? double.NaN : text[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity
            : text;
    }

    private static System.Numerics.BigInteger ParseRadix(string digits, int radix)
    {
        var value = System.Numerics.BigInteger.Zero;
        foreach (var c in digits)
        {
            value = (value * radix) + (char.IsAsciiDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
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

    [GeneratedRegex(@"^([-+]?\.(inf|Inf|INF)|(?<nan>\.(nan|NaN|NAN)))\z", RegexOptions.CultureInvariant)]
    private static partial Regex NonFinite();
}
