using System.Text;
using Wharf.Yaml;

namespace Wharf.Installer.Yaml;

/// <summary>
/// Writes <see cref="YamlNode"/> trees as block YAML in the layout <c>kubectl kustomize</c> uses
/// (two-space indentation, sequences at their key's indentation, <c>{}</c>/<c>[]</c> for empty
/// collections), optionally with keys sorted as kustomize sorts them. Output is deterministic.
/// </summary>
internal static class YamlWriter
{
    [ThreadStatic]
    private static Dictionary<string, StringStyle>? keyStyles;

    /// <summary>Writes documents separated by <c>---</c>, each ending with a newline.</summary>
    public static string WriteDocuments(IEnumerable<YamlNode> documents, bool sortKeys)
    {
        var sb = new StringBuilder();
        var first = true;
        foreach (var document in documents)
        {
            if (!first)
            {
                sb.Append("---\n");
            }

            first = false;
            Write(sb, document, sortKeys);
        }

        return sb.ToString();
    }

    public static string Write(YamlNode document, bool sortKeys)
    {
        var sb = new StringBuilder();
        Write(sb, document, sortKeys);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, YamlNode node, bool sortKeys)
    {
        switch (node)
        {
            case YamlMap { Count: > 0 } map:
                WriteMapEntries(sb, map, 0, sortKeys, firstInline: false);
                break;
            case YamlSeq { Items.Count: > 0 } seq:
                WriteSeqItems(sb, seq, 0, sortKeys, firstInline: false);
                break;
            default:
                WriteInlineValue(sb, node, 0);
                sb.Append('\n');
                break;
        }
    }

    private static void WriteMapEntries(StringBuilder sb, YamlMap map, int indent, bool sortKeys, bool firstInline)
    {
        IEnumerable<KeyValuePair<string, YamlNode>> entries = sortKeys ? map.Entries.OrderBy(e => e.Key, GoKeyOrder.Instance) : map.Entries;
        var first = true;
        foreach (var (key, value) in entries)
        {
            if (!(first && firstInline))
            {
                sb.Append(' ', indent);
            }

            first = false;
            var keyStyle = KeyStyle(key);
            if (keyStyle == StringStyle.Plain)
            {
                sb.Append(key);
            }
            else
            {
                StringStyles.WriteQuoted(sb, key, keyStyle);
            }

            sb.Append(':');
            switch (value)
            {
                case YamlMap { Count: > 0 } child:
                    sb.Append('\n');
                    WriteMapEntries(sb, child, indent + 2, sortKeys, firstInline: false);
                    break;
                case YamlSeq { Items.Count: > 0 } items:
                    sb.Append('\n');
                    WriteSeqItems(sb, items, indent, sortKeys, firstInline: false);
                    break;
                default:
                    sb.Append(' ');
                    WriteInlineValue(sb, value, indent);
                    sb.Append('\n');
                    break;
            }
        }
    }

    private static void WriteSeqItems(StringBuilder sb, YamlSeq seq, int indent, bool sortKeys, bool firstInline)
    {
        var first = true;
        foreach (var item in seq.Items)
        {
            if (!(first && firstInline))
            {
                sb.Append(' ', indent);
            }

            first = false;
            sb.Append("- ");
            switch (item)
            {
                case YamlMap { Count: > 0 } map:
                    WriteMapEntries(sb, map, indent + 2, sortKeys, firstInline: true);
                    break;
                case YamlSeq { Items.Count: > 0 } inner:
                    WriteSeqItems(sb, inner, indent + 2, sortKeys, firstInline: true);
                    break;
                default:
                    WriteInlineValue(sb, item, indent);
                    sb.Append('\n');
                    break;
            }
        }
    }

    /// <summary>Keys repeat (name, image, labels...): their style is worked out once per thread.</summary>
    private static StringStyle KeyStyle(string key)
    {
        var cache = keyStyles ??= new Dictionary<string, StringStyle>(StringComparer.Ordinal);
        if (!cache.TryGetValue(key, out var style))
        {
            style = StringStyles.ChooseForKey(key);
            if (cache.Count < 100_000)
            {
                cache[key] = style;
            }
        }

        return style;
    }

    /// <summary>A scalar or an empty collection; a literal block continues on the following lines.</summary>
    private static void WriteInlineValue(StringBuilder sb, YamlNode node, int indent)
    {
        switch (node)
        {
            case YamlMap:
                sb.Append("{}");
                break;
            case YamlSeq:
                sb.Append("[]");
                break;
            case YamlScalar { Type: ScalarType.String } s:
                WriteString(sb, s.Value, indent);
                break;
            case YamlScalar s:
                sb.Append(s.Value);
                break;
        }
    }

    private static void WriteString(StringBuilder sb, string value, int indent)
    {
        var style = StringStyles.Choose(value);
        switch (style)
        {
            case StringStyle.Plain:
                sb.Append(value);
                break;
            case StringStyle.Literal:
                LiteralBlock.Append(sb, value, indent + 2);
                break;
            default:
                StringStyles.WriteQuoted(sb, value, style);
                break;
        }
    }
}
