using System.Globalization;
using System.Text;

namespace Wharf.Yaml;

/// <summary>Writes a string as a double-quoted YAML scalar, which any reader takes back as exactly that string.</summary>
public static class DoubleQuoted
{
    /// <summary>Appends <paramref name="value"/> in double quotes, escaped as <paramref name="options"/> says.</summary>
    public static void Append(StringBuilder sb, string value, EscapeOptions options = EscapeOptions.None)
    {
        var goYaml = options.HasFlag(EscapeOptions.GoYamlShortForms);
        sb.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0' when goYaml: sb.Append("\\0"); break;
                default:
                    if (YamlText.IsPrintable(c))
                    {
                        sb.Append(c);
                    }
                    else if (YamlText.IsSurrogatePairAt(value, i))
                    {
                        sb.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c) && !options.HasFlag(EscapeOptions.LoneSurrogates))
                    {
                        sb.Append(c);
                    }
                    else if (goYaml && c <= 0xFF)
                    {
                        sb.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
