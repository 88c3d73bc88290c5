using System.Globalization;
using Wharf.Yaml;

namespace Wharf.Licensing.Yaml;

/// <summary>
/// Resolves plain (unquoted) scalars by the YAML 1.2 core schema (<see cref="CoreScalars"/>), and gives each
/// typed value one canonical JSON spelling, so <c>007</c> and <c>7</c> sign alike but <c>7</c> and <c>"7"</c> do not.
/// Quoted and block scalars are always strings. The rules are listed in docs/LICENSES.md.
/// </summary>
internal static class CoreSchema
{
    // Octal and hex integers go through BigInteger; a bound keeps that conversion cheap.
    private const int MaxRadixDigits = 64;

    /// <summary>Resolves a plain scalar; the error names the problem without the position.</summary>
    public static (ScalarKind Kind, string Canonical, string? Error) ResolvePlain(string text)
    {
        switch (CoreScalars.Classify(text))
        {
            case CoreScalar.Null:
                return (ScalarKind.Null, "null", null);
            case CoreScalar.True:
                return (ScalarKind.Bool, "true", null);
            case CoreScalar.False:
                return (ScalarKind.Bool, "false", null);
            case CoreScalar.DecimalInt:
                return (ScalarKind.Int, CanonicalDecimal(text), null);
            case CoreScalar.OctalInt or CoreScalar.HexInt:
                var digits = text.AsSpan(2);
                if (digits.Length > MaxRadixDigits)
                {
                    return (ScalarKind.Int, string.Empty, "number is too long");
                }

                var value = CoreScalars.ParseDigits(digits, text[1] == 'x' ? 16 : 8);
                return (ScalarKind.Int, value.ToString(CultureInfo.InvariantCulture), null);
            case CoreScalar.Float:
                var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                return double.IsFinite(number)
                    ? (ScalarKind.Float, number.ToString("R", CultureInfo.InvariantCulture), null)
                    : (ScalarKind.Float, string.Empty, "number is out of range");
            case CoreScalar.Infinity or CoreScalar.NegativeInfinity or CoreScalar.NaN:
                // JSON has no spelling for infinities and NaN, and a license never needs them.
                return (ScalarKind.Float, string.Empty, "non-finite numbers (.inf, .nan) are not allowed");
            default:
                return (ScalarKind.String, text, null);
        }
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
}
