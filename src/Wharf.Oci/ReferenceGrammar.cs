using System.Buffers;
using System.Globalization;

namespace Wharf.Oci;

/// <summary>
/// Hand-written scanners for the distribution reference grammar (distribution/reference
/// <c>regexp.go</c>, OCI distribution-spec "Pulling manifests"). Scanners instead of regexes:
/// linear time on hostile input, no allocation.
/// </summary>
internal static class ReferenceGrammar
{
    /// <summary>Clients cap host + "/" + name at 255 characters (distribution <c>NameTotalLengthMax</c>).</summary>
    public const int NameTotalLengthMax = 255;

    /// <summary>Tags are at most 128 characters.</summary>
    public const int TagLengthMax = 128;

    /// <summary>Lower-case hex digits, the only ones a canonical digest uses.</summary>
    public static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    public static bool IsLowerAlnum(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    private static bool IsAlnum(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    /// <summary><c>[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*</c></summary>
    public static bool IsPathComponent(ReadOnlySpan<char> c)
    {
        if (c.IsEmpty || !IsLowerAlnum(c[0]) || !IsLowerAlnum(c[^1]))
        {
            return false;
        }

        var i = 0;
        while (i < c.Length)
        {
            if (IsLowerAlnum(c[i]))
            {
                i++;
                continue;
            }

            switch (c[i])
            {
                case '.':
                    i++;
                    break;
                case '_':
                    i++;
                    if (i < c.Length && c[i] == '_')
                    {
                        i++;
                    }

                    break;
                case '-':
                    while (i < c.Length && c[i] == '-')
                    {
                        i++;
                    }

                    break;
                default:
                    return false;
            }

            // A separator must be followed by an alphanumeric character.
            if (i >= c.Length || !IsLowerAlnum(c[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Path components joined by single '/'; returns a reason when invalid, null when valid.</summary>
    public static string? CheckRepositoryPath(ReadOnlySpan<char> path)
    {
        if (path.IsEmpty)
        {
            return "repository name is empty";
        }

        foreach (var range in path.Split('/'))
        {
            var component = path[range];
            if (component.IsEmpty)
            {
                return "repository name has an empty path component (leading, trailing or doubled '/')";
            }

            if (!IsPathComponent(component))
            {
                return component.ContainsAnyInRange('A', 'Z')
                    ? "repository name must be lower case"
                    : $"path component '{component}' is invalid (allowed: [a-z0-9] separated by '.', '_', '__' or '-')";
            }
        }

        return null;
    }

    /// <summary><c>[A-Za-z0-9_][A-Za-z0-9._-]{0,127}</c></summary>
    public static bool IsTag(ReadOnlySpan<char> tag)
    {
        if (tag.IsEmpty || tag.Length > TagLengthMax || !(IsAlnum(tag[0]) || tag[0] == '_'))
        {
            return false;
        }

        foreach (var c in tag[1..])
        {
            if (!(IsAlnum(c) || c is '_' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>[a-z0-9]+(-[a-z0-9]+)*</c>: an app slug (SPEC §1).</summary>
    public static bool IsSlug(ReadOnlySpan<char> slug)
    {
        if (slug.IsEmpty || slug[0] == '-' || slug[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < slug.Length; i++)
        {
            var c = slug[i];
            if (c == '-')
            {
                if (slug[i - 1] == '-')
                {
                    return false;
                }
            }
            else if (!IsLowerAlnum(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A domain name: components <c>[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]</c> joined by '.'
    /// (IPv4 addresses fit this too). With <paramref name="lowerOnly"/> upper case is refused,
    /// as inside a repository name.
    /// </summary>
    public static bool IsDomainName(ReadOnlySpan<char> host, bool lowerOnly)
    {
        if (host.IsEmpty)
        {
            return false;
        }

        foreach (var range in host.Split('.'))
        {
            var label = host[range];
            if (label.IsEmpty || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                var ok = lowerOnly ? IsLowerAlnum(c) : IsAlnum(c);
                if (!ok && c != '-')
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary><c>\[[a-fA-F0-9:]+\]</c>, as distribution accepts (brackets included).</summary>
    public static bool IsBracketedIpv6(ReadOnlySpan<char> host)
    {
        if (host.Length < 3 || host[0] != '[' || host[^1] != ']')
        {
            return false;
        }

        foreach (var c in host[1..^1])
        {
            if (!(char.IsAsciiHexDigit(c) || c == ':'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>1 to 5 ASCII digits with a value in 1..65535.</summary>
    public static bool TryParsePort(ReadOnlySpan<char> digits, out int port)
    {
        port = 0;
        if (digits.IsEmpty || digits.Length > 5 || !IsAllDigits(digits))
        {
            return false;
        }

        port = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return port is >= 1 and <= 65535;
    }

    public static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !s.IsEmpty;
    }

    /// <summary>
    /// Splits "host[:port]" (host may be a bracketed IPv6 address) and validates both parts.
    /// The host keeps its brackets so "host:port" can be rebuilt by concatenation.
    /// </summary>
    public static bool TrySplitHostPort(ReadOnlySpan<char> registry, bool lowerOnly, out int hostLength, out int? port)
    {
        hostLength = 0;
        port = null;
        int colon;
        if (registry.StartsWith('['))
        {
            var close = registry.IndexOf(']');
            if (close < 0 || !IsBracketedIpv6(registry[..(close + 1)]))
            {
                return false;
            }

            colon = close + 1 < registry.Length ? close + 1 : -1;
            if (colon >= 0 && registry[colon] != ':')
            {
                return false;
            }
        }
        else
        {
            colon = registry.IndexOf(':');
            if (!IsDomainName(colon < 0 ? registry : registry[..colon], lowerOnly))
            {
                return false;
            }
        }

        hostLength = colon < 0 ? registry.Length : colon;
        if (colon >= 0)
        {
            if (!TryParsePort(registry[(colon + 1)..], out var p))
            {
                return false;
            }

            port = p;
        }

        return true;
    }
}
