using System.Globalization;
using System.Text;

namespace Wharf.Templating.Values;

/// <summary>
/// Go's <c>encoding/json.Marshal</c> of template values, as Sprig's <c>toJson</c> produces it:
/// map keys sorted, HTML-sensitive characters escaped (<c>&lt;</c> as <c>\u003c</c>), floats in Go's
/// JSON format. Values JSON cannot hold (NaN, ±Inf, nesting deeper than
/// <see cref="GoFmtPrinter.MaxValueDepth"/>) make the whole result fail, as Marshal errors do.
/// </summary>
internal static class GoJson
{
    public static bool TryMarshal(object? value, out string json)
    {
        var sb = new StringBuilder();
        var ok = TryWrite(sb, value, 0);
        json = ok ? sb.ToString() : "";
        return ok;
    }

    private static bool TryWrite(StringBuilder sb, object? value, int depth)
    {
        if (depth > GoFmtPrinter.MaxValueDepth)
        {
            return false;
        }

        switch (GoValues.KindOf(value))
        {
            case GoKind.Nil:
                sb.Append("null");
                return true;
            case GoKind.Bool:
                sb.Append((bool)value! ? "true" : "false");
                return true;
            case GoKind.Int:
                sb.Append(GoValues.ToInt64(value!).ToString(CultureInfo.InvariantCulture));
                return true;
            case GoKind.Uint:
                sb.Append(GoValues.ToUInt64(value!).ToString(CultureInfo.InvariantCulture));
                return true;
            case GoKind.Float:
                var d = GoValues.ToDouble(value!);
                if (double.IsNaN(d) || double.IsInfinity(d))
                {
                    return false;
                }

                sb.Append(GoFloat.FormatJson(d));
                return true;
            case GoKind.String:
                WriteString(sb, (string)value!);
                return true;
            case GoKind.List:
                sb.Append('[');
                var first = true;
                foreach (var item in GoList.AsReadOnlyList(value!))
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }

                    first = false;
                    if (!TryWrite(sb, item, depth + 1))
                    {
                        return false;
                    }
                }

                sb.Append(']');
                return true;
            case GoKind.Map:
                sb.Append('{');
                var firstKey = true;
                foreach (var key in GoMap.SortedKeys(value!))
                {
                    if (!firstKey)
                    {
                        sb.Append(',');
                    }

                    firstKey = false;
                    WriteString(sb, key);
                    sb.Append(':');
                    if (!TryWrite(sb, GoMap.Get(value!, key), depth + 1))
                    {
                        return false;
                    }
                }

                sb.Append('}');
                return true;
            default:
                WriteString(sb, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                return true;
        }
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '<' or '>' or '&' or '\u2028' or '\u2029':
                    sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    if (c < ' ')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    {
                        sb.Append(c).Append(s[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        sb.Append("\\ufffd");
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
