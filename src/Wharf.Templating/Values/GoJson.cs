using System.Globalization;
using System.Text;

namespace Wharf.Templating.Values;

/// <summary>
/// Go's <c>encoding/json</c> encoding of template values, as Sprig's <c>toJson</c> (Marshal),
/// <c>toPrettyJson</c> (MarshalIndent with two spaces) and <c>toRawJson</c> (an Encoder without HTML
/// escaping) produce it: map keys sorted, floats in Go's JSON format. Values JSON cannot hold (NaN,
/// ±Inf, nesting deeper than <see cref="GoFmtPrinter.MaxValueDepth"/>) fail the whole result, with
/// Go's error text.
/// </summary>
internal static class GoJson
{
    public static bool TryMarshal(object? value, out string json) => TryMarshal(value, escapeHtml: true, indent: null, out json, out _);

    /// <summary>Encodes <paramref name="value"/>; <paramref name="indent"/> non-null gives MarshalIndent's layout.</summary>
    public static bool TryMarshal(object? value, bool escapeHtml, string? indent, out string json, out string error)
    {
        var writer = new Writer(escapeHtml, indent);
        error = writer.TryWrite(value, 0) ?? "";
        json = error.Length == 0 ? writer.Builder.ToString() : "";
        return error.Length == 0;
    }

    private sealed class Writer(bool escapeHtml, string? indent)
    {
        public StringBuilder Builder { get; } = new();

        /// <summary>Writes the value; returns Go's error text, or null.</summary>
        public string? TryWrite(object? value, int depth)
        {
            if (depth > GoFmtPrinter.MaxValueDepth)
            {
                return $"json: unsupported value: nesting exceeds {GoFmtPrinter.MaxValueDepth} levels";
            }

            var sb = Builder;
            switch (GoValues.KindOf(value))
            {
                case GoKind.Nil:
                    sb.Append("null");
                    return null;
                case GoKind.Bool:
                    sb.Append((bool)value! ? "true" : "false");
                    return null;
                case GoKind.Int:
                    sb.Append(GoValues.ToInt64(value!).ToString(CultureInfo.InvariantCulture));
                    return null;
                case GoKind.Uint:
                    sb.Append(GoValues.ToUInt64(value!).ToString(CultureInfo.InvariantCulture));
                    return null;
                case GoKind.Float:
                    var d = GoValues.ToDouble(value!);
                    if (double.IsNaN(d) || double.IsInfinity(d))
                    {
                        return "json: unsupported value: " + GoFloat.Format(d, 'g', -1);
                    }

                    sb.Append(GoFloat.FormatJson(d));
                    return null;
                case GoKind.String:
                    WriteString((string)value!);
                    return null;
                case GoKind.List:
                    return WriteList(GoList.AsReadOnlyList(value!), depth);
                case GoKind.Map:
                    return WriteMap(value!, depth);
                default:
                    WriteString(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                    return null;
            }
        }

        private string? WriteList(IReadOnlyList<object?> list, int depth)
        {
            Builder.Append('[');
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0)
                {
                    Builder.Append(',');
                }

                NewLine(depth + 1);
                if (TryWrite(list[i], depth + 1) is { } error)
                {
                    return error;
                }
            }

            if (list.Count > 0)
            {
                NewLine(depth);
            }

            Builder.Append(']');
            return null;
        }

        private string? WriteMap(object map, int depth)
        {
            Builder.Append('{');
            var keys = GoMap.SortedKeys(map);
            for (var i = 0; i < keys.Count; i++)
            {
                if (i > 0)
                {
                    Builder.Append(',');
                }

                NewLine(depth + 1);
                WriteString(keys[i]);
                Builder.Append(indent is null ? ":" : ": ");
                if (TryWrite(GoMap.Get(map, keys[i]), depth + 1) is { } error)
                {
                    return error;
                }
            }

            if (keys.Count > 0)
            {
                NewLine(depth);
            }

            Builder.Append('}');
            return null;
        }

        private void NewLine(int depth)
        {
            if (indent is not null)
            {
                Builder.Append('\n').Insert(Builder.Length, indent, depth);
            }
        }

        private void WriteString(string s)
        {
            var sb = Builder;
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
                    case '\u2028' or '\u2029':
                        // Go escapes these line separators even without HTML escaping (JSONP safety).
                        AppendUnicodeEscape(c);
                        break;
                    case '<' or '>' or '&' when escapeHtml:
                        AppendUnicodeEscape(c);
                        break;
                    default:
                        if (c < ' ')
                        {
                            AppendUnicodeEscape(c);
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

        private void AppendUnicodeEscape(char c) =>
            Builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
    }
}
