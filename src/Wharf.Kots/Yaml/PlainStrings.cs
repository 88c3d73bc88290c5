using Wharf.Yaml;

namespace Wharf.Kots.Yaml;

/// <summary>
/// Which strings may be written without quotes. Deliberately conservative: a plain string must start
/// with a letter, '_' or '/', use only a small safe alphabet, and not be one of the words YAML 1.1 or
/// 1.2 reads as a boolean or null (<c>yes</c>, <c>off</c>, <c>y</c>, <c>null</c>, … in any casing).
/// Quoting too much is harmless; quoting too little changes a value's type in Helm.
/// </summary>
internal static class PlainStrings
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "y", "n", "on", "off", "null", "~",
    };

    public static bool IsSafe(string s)
    {
        if (s.Length == 0 || Words.Contains(s) || !(char.IsAsciiLetter(s[0]) || s[0] is '_' or '/'))
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '/' or '-' or ':' or '@' or '+' or '=' or ',' or '(' or ')' or ' '))
            {
                return false;
            }
        }

        return !(s.EndsWith(':') || s.EndsWith(' ') || s.Contains(": ", StringComparison.Ordinal));
    }

    /// <summary>
    /// True when a literal block reproduces <paramref name="s"/> exactly: more than one line, printable,
    /// no CR, and a first character that cannot be mistaken for indentation.
    /// </summary>
    public static bool FitsLiteralBlock(string s)
    {
        if (!s.Contains('\n', StringComparison.Ordinal) || s[0] is ' ' or '\t' or '\n')
        {
            return false;
        }

        foreach (var c in s)
        {
            if (c != '\n' && c != '\t' && !YamlText.IsPrintable(c))
            {
                return false;
            }
        }

        return true;
    }
}
