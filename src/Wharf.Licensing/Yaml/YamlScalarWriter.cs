using System.Text;
using Wharf.Yaml;

namespace Wharf.Licensing.Yaml;

/// <summary>
/// Writes a string as a YAML scalar that reads back as exactly that string. Plain style only for
/// a conservative set of texts that the core schema resolves to a string (so <c>my-app</c> stays
/// bare, while <c>true</c>, <c>123</c>, <c>Acme: Inc</c> or <c>O'Brien</c> are double-quoted).
/// </summary>
internal static class YamlScalarWriter
{
    public static string Format(string value, bool forceQuotes = false) =>
        !forceQuotes && CanBePlain(value) ? value : Quoted(value);

    private static bool CanBePlain(string value)
    {
        if (value.Length == 0 || !char.IsAsciiLetterOrDigit(value[0]) || value[^1] is ':' or ' ')
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '-' or '_' or '/' or ':' or '@' or '+' or ' '))
            {
                return false;
            }
        }

        return !value.Contains(": ", StringComparison.Ordinal)
            && CoreSchema.ResolvePlain(value).Kind == ScalarKind.String;
    }

    // A lone surrogate is escaped: written raw, UTF-8 would turn it into U+FFFD and change the signed value.
    private static string Quoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        DoubleQuoted.Append(builder, value, EscapeOptions.LoneSurrogates);
        return builder.ToString();
    }
}
