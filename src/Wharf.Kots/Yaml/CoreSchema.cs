using System.Globalization;
using Wharf.Yaml;

namespace Wharf.Kots.Yaml;

/// <summary>
/// Types plain scalars by the YAML 1.2 core schema (<see cref="CoreScalars"/>; SPEC §3.5: values.yaml types
/// must be what Helm reads): null (<c>~</c>, <c>null</c>, empty), booleans (<c>true</c>/<c>false</c> in three
/// casings), integers (decimal, <c>0o</c> octal, <c>0x</c> hex, and a leading <c>0</c> as octal, as Go's YAML
/// readers take it) and floats (<c>1.5</c>, <c>1e3</c>, <c>.inf</c>, <c>.nan</c>). Everything else, including
/// <c>yes</c>/<c>on</c>, is a string. An integer beyond 64 bits becomes a float, as Helm reads every number
/// as a float anyway.
/// </summary>
internal static class CoreSchema
{
    public static object? Resolve(string text)
    {
        switch (CoreScalars.Classify(text))
        {
            case CoreScalar.Null:
                return null;
            case CoreScalar.True:
                return true;
            case CoreScalar.False:
                return false;
            case CoreScalar.DecimalInt:
                return DecimalInteger(text);
            case CoreScalar.OctalInt or CoreScalar.HexInt:
                var value = CoreScalars.ParseDigits(text.AsSpan(2), text[1] == 'x' ? 16 : 8);
                return value <= long.MaxValue ? (long)value : (object)(double)value;
            case CoreScalar.Float:
                return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            case CoreScalar.Infinity:
                return double.PositiveInfinity;
            case CoreScalar.NegativeInfinity:
                return double.NegativeInfinity;
            case CoreScalar.NaN:
                return double.NaN;
            default:
                return text;
        }
    }

    private static object DecimalInteger(string text)
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

            var leadingOctal = CoreScalars.ParseDigits(digits.AsSpan(1), 8);
            var signed = text[0] == '-' ? -leadingOctal : leadingOctal;
            return signed >= long.MinValue && signed <= long.MaxValue ? (long)signed : (object)(double)signed;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l
            : (object)double.Parse(text, CultureInfo.InvariantCulture);
    }
}
