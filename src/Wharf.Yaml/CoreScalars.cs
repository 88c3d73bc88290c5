using System.Numerics;
using System.Text.RegularExpressions;

namespace Wharf.Yaml;

/// <summary>
/// The YAML 1.2 core schema's reading of plain scalars (https://yaml.org/spec/1.2.2/#1032-tag-resolution).
/// Readers differ in what they make of a form (a license's canonical token, a Helm value, a kustomize
/// spelling), not in which form a text has, so only the forms live here.
/// </summary>
public static partial class CoreScalars
{
    /// <summary>The form of a plain (unquoted, untagged) scalar.</summary>
    public static CoreScalar Classify(string plain)
    {
        var keyword = ClassifyKeyword(plain);
        if (keyword != CoreScalar.String)
        {
            return keyword;
        }

        // Every form below starts with a digit, a sign or a dot; most strings are decided here.
        if (!(char.IsAsciiDigit(plain[0]) || plain[0] is '-' or '+' or '.'))
        {
            return CoreScalar.String;
        }

        if (DecimalInt().IsMatch(plain))
        {
            return CoreScalar.DecimalInt;
        }

        if (OctalInt().IsMatch(plain))
        {
            return CoreScalar.OctalInt;
        }

        if (HexInt().IsMatch(plain))
        {
            return CoreScalar.HexInt;
        }

        if (IsFloat(plain))
        {
            return CoreScalar.Float;
        }

        return NonFinite().Match(plain) is { Success: true } match
            ? match.Groups["nan"].Success ? CoreScalar.NaN : plain[0] == '-' ? CoreScalar.NegativeInfinity : CoreScalar.Infinity
            : CoreScalar.String;
    }

    /// <summary>
    /// <see cref="CoreScalar.Null"/>, <see cref="CoreScalar.True"/> or <see cref="CoreScalar.False"/> for the
    /// schema's words, else <see cref="CoreScalar.String"/>; for readers with their own number rules.
    /// </summary>
    public static CoreScalar ClassifyKeyword(string plain) => plain switch
    {
        "" or "~" or "null" or "Null" or "NULL" => CoreScalar.Null,
        "true" or "True" or "TRUE" => CoreScalar.True,
        "false" or "False" or "FALSE" => CoreScalar.False,
        _ => CoreScalar.String,
    };

    /// <summary>True for the core schema's finite float spelling (which also matches decimal integers).</summary>
    public static bool IsFloat(string text) => Float().IsMatch(text);

    /// <summary>
    /// The value of <paramref name="digits"/> (validated by the caller) in base 8, 10 or 16. Unbounded, so
    /// callers that take untrusted text bound its length first.
    /// </summary>
    public static BigInteger ParseDigits(ReadOnlySpan<char> digits, int radix)
    {
        var value = BigInteger.Zero;
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
