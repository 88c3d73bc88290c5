using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Wharf.Yaml;

namespace Wharf.Installer.Yaml;

/// <summary>
/// Types plain scalars the way kustomize does, so Wharf's own rendering equals
/// <c>kubectl kustomize</c> (SPEC §3.1). kustomize reads YAML with go-yaml v3 and writes every
/// object through JSON, which fixes each value's type and spelling:
/// <list type="bullet">
/// <item>null: <c>~</c>, <c>null</c>, <c>Null</c>, <c>NULL</c>, empty; booleans: <c>true</c>/<c>false</c> in three casings (<c>yes</c>, <c>on</c> are strings);</item>
/// <item>integers as Go's <c>strconv.ParseInt(s, 0, 64)</c> reads them after removing <c>_</c>: <c>0x1F</c>, <c>0o17</c>, <c>0b101</c>,
/// and a leading 0 means octal (<c>0755</c> → 493), then unsigned 64-bit;</item>
/// <item>floats (<c>1.5</c>, <c>1e3</c>, <c>.5</c>), written back as Go's JSON encoder and go-yaml v2 print them
/// (<c>1e3</c> → 1000, <c>1.0</c> → 1); <c>.inf</c>/<c>.nan</c> are refused, as kustomize fails on them;</item>
/// <item>timestamps (<c>2020-01-02</c>) become RFC 3339 strings (<c>2020-01-02T00:00:00Z</c>).</item>
/// </list>
/// Quoted and block scalars are always strings.
/// </summary>
internal static partial class ScalarResolver
{
    /// <summary>Resolves a plain scalar; the error (without position) when kustomize could not render it.</summary>
    public static (ScalarType Type, string Value, string? Error) ResolvePlain(string text)
    {
        switch (CoreScalars.ClassifyKeyword(text))
        {
            case CoreScalar.Null:
                return (ScalarType.Null, "null", null);
            case CoreScalar.True:
                return (ScalarType.Bool, "true", null);
            case CoreScalar.False:
                return (ScalarType.Bool, "false", null);
        }

        var first = text[0];
        if (first == '.')
        {
            if (NonFinite().IsMatch(text))
            {
                return (ScalarType.Float, string.Empty, $"'{text}' is not a finite number (kustomize cannot render it)");
            }

            return DotFloat().IsMatch(text) ? FromDouble(double.Parse(text, CultureInfo.InvariantCulture)) : (ScalarType.String, text, null);
        }

        if (!(char.IsAsciiDigit(first) || first is '+' or '-'))
        {
            return (ScalarType.String, text, null);
        }

        if (char.IsAsciiDigit(first) && GoTimestamp.TryParse(text, out var stamp))
        {
            return (ScalarType.String, stamp, null);
        }

        if (NonFinite().IsMatch(text))
        {
            return (ScalarType.Float, string.Empty, $"'{text}' is not a finite number (kustomize cannot render it)");
        }

        var plain = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (TryParseGoInt(plain, out var integer))
        {
            return (ScalarType.Int, integer.ToString(CultureInfo.InvariantCulture), null);
        }

        if (CoreScalars.IsFloat(plain)
            && double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            && double.IsFinite(d))
        {
            return FromDouble(d);
        }

        return (ScalarType.String, text, null);
    }

    /// <summary>The canonical form of a float after kustomize's JSON round trip (may turn out an integer).</summary>
    public static (ScalarType Type, string Value, string? Error) FromDouble(double value)
    {
        var json = GoNumbers.FormatJsonFloat(value);
        if (TryParseGoInt(json, out var integer))
        {
            return (ScalarType.Int, integer.ToString(CultureInfo.InvariantCulture), null);
        }

        return (ScalarType.Float, GoNumbers.FormatShortestG(double.Parse(json, CultureInfo.InvariantCulture)), null);
    }

    /// <summary>
    /// Go's <c>ParseInt(s, 0, 64)</c>, falling back to <c>ParseUint(s, 0, 64)</c>: optional sign (signed only),
    /// prefixes 0x, 0o, 0b, a leading 0 for octal; the value must fit in int64 or uint64.
    /// </summary>
    internal static bool TryParseGoInt(string s, out BigInteger value)
    {
        value = BigInteger.Zero;
        var span = s.AsSpan();
        var negative = false;
        var signed = false;
        if (span.Length > 0 && span[0] is '+' or '-')
        {
            negative = span[0] == '-';
            signed = true;
            span = span[1..];
        }

        var radix = 10;
        if (span.Length >= 2 && span[0] == '0' && (span[1] | 0x20) is 'x' or 'o' or 'b')
        {
            radix = (span[1] | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 };
            span = span[2..];
        }
        else if (span.Length >= 2 && span[0] == '0')
        {
            radix = 8;
            span = span[1..];
        }

        if (span.IsEmpty || span.Length > 70)
        {
            return false;
        }

        foreach (var c in span)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? (c | 0x20) - 'a' + 10 : 99;
            if (digit >= radix)
            {
                return false;
            }

            value = (value * radix) + digit;
        }

        if (negative)
        {
            value = -value;
        }

        // ParseUint takes no sign, so only an unsigned spelling may go past int64.
        return (value >= long.MinValue && value <= long.MaxValue) || (!signed && value <= ulong.MaxValue);
    }

    [GeneratedRegex(@"^\.[0-9]+([eE][-+]?[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex DotFloat();

    [GeneratedRegex(@"^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)\z", RegexOptions.CultureInvariant)]
    private static partial Regex NonFinite();
}
