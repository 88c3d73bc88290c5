using System.Globalization;
using System.Text.RegularExpressions;

namespace Wharf.Templating.Functions;

/// <summary>
/// A Masterminds/semver v3 <c>Version</c> as Sprig's <c>semver</c> returns it: lenient parsing
/// (<c>v1</c>, <c>1.2</c> are 1.0.0, 1.2.0), precedence per semver 2.0 with numeric prerelease parts
/// below alphanumeric ones. Templates read <c>.Major .Minor .Patch .Prerelease .Metadata .Original</c>;
/// printed, it is the normalised <c>1.2.0-beta+build</c>.
/// </summary>
internal sealed partial class SemVersion : ITemplateObject, IComparable<SemVersion>
{
    private const string Allowed = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789";

    private SemVersion(ulong major, ulong minor, ulong patch, string prerelease, string metadata, string original)
    {
        (Major, Minor, Patch, Prerelease, Metadata, Original) = (major, minor, patch, prerelease, metadata, original);
    }

    public ulong Major { get; }

    public ulong Minor { get; }

    public ulong Patch { get; }

    public string Prerelease { get; }

    public string Metadata { get; }

    public string Original { get; }

    /// <summary>semver's <c>NewVersion</c>; null with its error text.</summary>
    public static SemVersion? TryParse(string text, out string error)
    {
        var m = VersionPattern().Match(text);
        error = "Invalid Semantic Version";
        if (!m.Success)
        {
            return null;
        }

        if (!TryNumber(m.Groups[1].Value, out var major, ref error)
            || !TryNumber(m.Groups[2].Value.TrimStart('.'), out var minor, ref error)
            || !TryNumber(m.Groups[3].Value.TrimStart('.'), out var patch, ref error))
        {
            return null;
        }

        var pre = m.Groups[5].Value;
        var metadata = m.Groups[8].Value;
        foreach (var part in pre.Length > 0 ? pre.Split('.') : [])
        {
            if (part.All(char.IsAsciiDigit) ? part.Length > 1 && part[0] == '0' : !part.All(c => Allowed.Contains(c, StringComparison.Ordinal)))
            {
                error = part.All(char.IsAsciiDigit) ? "Version segment starts with 0" : "Invalid Prerelease string";
                return null;
            }
        }

        error = "";
        return new SemVersion(major, minor, patch, pre, metadata, text);
    }

    public int CompareTo(SemVersion? other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var d = Major.CompareTo(other.Major);
        d = d != 0 ? d : Minor.CompareTo(other.Minor);
        d = d != 0 ? d : Patch.CompareTo(other.Patch);
        if (d != 0)
        {
            return Math.Sign(d);
        }

        return (Prerelease.Length, other.Prerelease.Length) switch
        {
            (0, 0) => 0,
            (0, _) => 1,
            (_, 0) => -1,
            _ => ComparePrerelease(Prerelease, other.Prerelease),
        };
    }

    public bool TryGetField(string name, out object? value)
    {
        value = name switch
        {
            "Major" => Major,
            "Minor" => Minor,
            "Patch" => Patch,
            "Prerelease" => Prerelease,
            "Metadata" => Metadata,
            "Original" => Original,
            _ => null,
        };
        return value is not null;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}")
        + (Prerelease.Length > 0 ? "-" + Prerelease : "")
        + (Metadata.Length > 0 ? "+" + Metadata : "");

    /// <summary>An empty section counts as 0, as semver does for "1" and "1.2".</summary>
    private static bool TryNumber(string digits, out ulong value, ref string error)
    {
        if (digits.Length == 0)
        {
            value = 0;
            return true;
        }

        if (ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        error = $"Error parsing version segment: strconv.ParseUint: parsing {Values.GoQuote.Quote(digits)}: value out of range";
        return false;
    }

    private static int ComparePrerelease(string a, string b)
    {
        var x = a.Split('.');
        var y = b.Split('.');
        for (var i = 0; i < Math.Max(x.Length, y.Length); i++)
        {
            var d = ComparePart(i < x.Length ? x[i] : "", i < y.Length ? y[i] : "");
            if (d != 0)
            {
                return d;
            }
        }

        return 0;
    }

    /// <summary>semver's <c>comparePrePart</c>: a missing part sorts first, numbers before words, words byte-wise.</summary>
    private static int ComparePart(string s, string o)
    {
        if (s == o)
        {
            return 0;
        }

        if (s.Length == 0 || o.Length == 0)
        {
            return s.Length == 0 ? -1 : 1;
        }

        var sNumeric = ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var si);
        var oNumeric = ulong.TryParse(o, NumberStyles.None, CultureInfo.InvariantCulture, out var oi);
        return (sNumeric, oNumeric) switch
        {
            (false, false) => string.CompareOrdinal(s, o) > 0 ? 1 : -1,
            (true, false) => -1,
            (false, true) => 1,
            _ => si > oi ? 1 : -1,
        };
    }

    [GeneratedRegex(@"\Av?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex VersionPattern();
}
