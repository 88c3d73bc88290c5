using System.Globalization;
using System.Text;
using Wharf.Yaml;

namespace Wharf.Kots.Yaml;

/// <summary>
/// Writes a values tree as block YAML that every reader types the same way (SPEC §3.5: numbers stay
/// numbers, strings stay strings): strings are plain only when neither YAML 1.2 (go-yaml v3) nor
/// YAML 1.1 (go-yaml v2, which Helm's <c>sigs.k8s.io/yaml</c> uses) could read them as anything else
/// (see <see cref="PlainStrings"/>); multi-line strings become literal blocks where that is exact;
/// everything else is double-quoted. Numbers are written in decimal; a float always has a '.' or an
/// exponent so it stays a float.
/// </summary>
internal static class YamlWriter
{
    private const int Step = 2;

    public static string Write(YMap root)
    {
        var sb = new StringBuilder();
        if (root.Count == 0)
        {
            return "{}\n";
        }

        WriteMap(sb, root, 0);
        return sb.ToString();
    }

    private static void WriteMap(StringBuilder sb, YMap map, int indent, bool firstInline = false)
    {
        var first = true;
        foreach (var (key, value) in map.Entries)
        {
            if (!(first && firstInline))
            {
                sb.Append(' ', indent);
            }

            first = false;
            WriteString(sb, key, indent, allowBlock: false);
            sb.Append(':');
            WriteValue(sb, value, indent);
        }
    }

    private static void WriteSeq(StringBuilder sb, YSeq seq, int indent)
    {
        foreach (var item in seq.Items)
        {
            sb.Append(' ', indent).Append('-');
            switch (item)
            {
                case YMap { Count: > 0 } map:
                    sb.Append(' ');
                    WriteMap(sb, map, indent + Step, firstInline: true);
                    break;
                default:
                    WriteValue(sb, item, indent);
                    break;
            }
        }
    }

    /// <summary>Writes what follows <c>key:</c> or <c>-</c>, including the line break.</summary>
    private static void WriteValue(StringBuilder sb, YNode value, int indent)
    {
        switch (value)
        {
            case YMap { Count: 0 }:
                sb.Append(" {}\n");
                break;
            case YSeq { Items.Count: 0 }:
                sb.Append(" []\n");
                break;
            case YMap map:
                sb.Append('\n');
                WriteMap(sb, map, indent + Step);
                break;
            case YSeq seq:
                sb.Append('\n');
                WriteSeq(sb, seq, indent + Step);
                break;
            case YScalar scalar:
                sb.Append(' ');
                WriteScalar(sb, scalar, indent + Step);
                sb.Append('\n');
                break;
        }
    }

    private static void WriteScalar(StringBuilder sb, YScalar scalar, int blockIndent)
    {
        switch (scalar.Value)
        {
            case null:
                sb.Append("null");
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case long l:
                sb.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                sb.Append(FormatFloat(d));
                break;
            case string s:
                WriteString(sb, s, blockIndent, allowBlock: true);
                break;
            default:
                WriteString(sb, scalar.Text, blockIndent, allowBlock: true);
                break;
        }
    }

    internal static string FormatFloat(double d)
    {
        if (double.IsNaN(d))
        {
            return ".nan";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? ".inf" : "-.inf";
        }

        var text = d.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('e', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static void WriteString(StringBuilder sb, string s, int blockIndent, bool allowBlock)
    {
        if (PlainStrings.IsSafe(s))
        {
            sb.Append(s);
        }
        else if (allowBlock && PlainStrings.FitsLiteralBlock(s))
        {
            LiteralBlock.Append(sb, s, blockIndent);
        }
        else
        {
            DoubleQuoted.Append(sb, s);
        }
    }
}
