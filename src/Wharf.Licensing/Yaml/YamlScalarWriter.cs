using System.Globalization;
using System.Text;

namespace Wharf.Licensing.Yaml;

/// <summary>
/// Writes a string as a YAML scalar that reads back as exactly that string. Plain style only for
/// a conservative set of texts that the core schema resolves to a string (so <c>my-app</c> stays
/// bare, while <c>true</c>, <c>123</c>, <c>Acme: Inc</c> or <c>O'Brien</c> are double-quoted).
/// </summary>
internal static class YamlScalarWriter
{
    public static string Format(string value, bool forceQuotes = false) =>
        !forceQuotes && CanBePlain(value) ? value : DoubleQuoted(value);

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

    private static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (IsPrintable(c))
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        // Control characters, NEL, BOM and the like: YAML would fold or reject them raw.
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    // YAML 1.2 c-printable, minus the line breaks and U+FEFF, which double quotes would not keep.
    private static bool IsPrintable(char c) =>
        c is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF' and not '\u2028' and not '\u2029') or (>= '\uE000' and <= '\uFFFD' and not '\uFEFF');
}
