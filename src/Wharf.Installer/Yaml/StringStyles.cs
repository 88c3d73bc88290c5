using System.Text;
using System.Text.RegularExpressions;
using Wharf.Yaml;

namespace Wharf.Installer.Yaml;

/// <summary>
/// Chooses and writes the spelling of a string so every YAML reader gets the same string back:
/// plain when neither YAML 1.2 (go-yaml v3, kustomize) nor YAML 1.1 (go-yaml v2, <c>kubectl apply</c>)
/// would read it as anything else; double quotes for strings that would read as another type
/// (<c>"true"</c>, <c>"123"</c>, <c>"yes"</c>) or hold control characters; single quotes for strings
/// that only clash with YAML syntax (<c>'a: b'</c>); a literal block for multi-line text. This is
/// close to what go-yaml v2 (and so kustomize) writes.
/// </summary>
internal static partial class StringStyles
{
    private static readonly HashSet<string> Yaml11Specials = new(StringComparer.Ordinal)
    {
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "<<", "=",
    };

    public static StringStyle Choose(string s)
    {
        if (s.Length == 0 || ReadsAsOtherType(s))
        {
            return StringStyle.DoubleQuoted;
        }

        var hasBreak = s.Contains('\n', StringComparison.Ordinal);
        foreach (var c in s)
        {
            if (!YamlText.IsPrintable(c) && !(c == '\n' && hasBreak))
            {
                return StringStyle.DoubleQuoted;
            }
        }

        if (hasBreak)
        {
            return CanBeLiteral(s) ? StringStyle.Literal : StringStyle.DoubleQuoted;
        }

        return ClashesWithSyntax(s) ? StringStyle.SingleQuoted : StringStyle.Plain;
    }

    public static void WriteQuoted(StringBuilder sb, string s, StringStyle style)
    {
        if (style == StringStyle.SingleQuoted)
        {
            sb.Append('\'').Append(s.Replace("'", "''", StringComparison.Ordinal)).Append('\'');
            return;
        }

        DoubleQuoted.Append(sb, s, EscapeOptions.GoYamlShortForms);
    }

    /// <summary>Would a YAML 1.2 or 1.1 reader take this plain text for a non-string, or change it?</summary>
    private static bool ReadsAsOtherType(string s)
    {
        if (Yaml11Specials.Contains(s))
        {
            return true;
        }

        var (type, value, error) = ScalarResolver.ResolvePlain(s);
        if (error is not null || type != ScalarType.String || !string.Equals(value, s, StringComparison.Ordinal) || GoTimestamp.TryParse(s, out _))
        {
            return true;
        }

        // YAML 1.1 (go-yaml v2, what kubectl apply reads with) also has sexagesimal numbers (1:20),
        // octal without 0o and floats like 1. (timestamps it knows are the ones above).
        return (char.IsAsciiDigit(s[0]) || s[0] is '+' or '-' or '.') && Yaml11Number().IsMatch(s);
    }

    private static bool ClashesWithSyntax(string s)
    {
        var first = s[0];
        if (first is ' ' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or ',' or '?' or ':')
        {
            return true;
        }

        if (first == '-' && (s.Length == 1 || s[1] == ' ' || s.StartsWith("---", StringComparison.Ordinal)))
        {
            return true;
        }

        if (s.StartsWith("...", StringComparison.Ordinal) || s[^1] is ' ' or ':')
        {
            return true;
        }

        return s.Contains(": ", StringComparison.Ordinal) || s.Contains(" #", StringComparison.Ordinal) || s.Contains('\t', StringComparison.Ordinal);
    }

    private static bool CanBeLiteral(string s) =>
        !s.Contains('\r', StringComparison.Ordinal) && s[0] is not (' ' or '\n' or '\t');

    /// <summary>
    /// Keys are plain only when made of the characters Kubernetes keys use (letters, digits, <c>. _ - /</c>
    /// and an inner <c>:</c>); anything else is quoted, which every reader takes (YamlDotNet misreads
    /// some plain keys, such as <c>0 3 * * *</c>).
    /// </summary>
    public static StringStyle ChooseForKey(string s)
    {
        var style = Choose(s);
        if (style != StringStyle.Plain)
        {
            return style == StringStyle.Literal ? StringStyle.DoubleQuoted : style;
        }

        foreach (var c in s)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '/' or ':'))
            {
                return StringStyle.SingleQuoted;
            }
        }

        return StringStyle.Plain;
    }

    [GeneratedRegex(@"^([-+]?(0b[0-1_]+|0[0-7_]+|(0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(:[0-5]?[0-9])+)|[-+]?(([0-9][0-9_]*)?\.[0-9_]*([eE][-+]?[0-9]+)?|[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*|\.(inf|Inf|INF))|\.(nan|NaN|NAN))\z", RegexOptions.CultureInvariant)]
    private static partial Regex Yaml11Number();
}
