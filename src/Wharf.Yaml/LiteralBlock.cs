using System.Text;

namespace Wharf.Yaml;

/// <summary>Writes multi-line text as a literal block scalar (<c>|</c>), for text the caller has found fits one.</summary>
public static class LiteralBlock
{
    /// <summary>
    /// Appends the header and the lines, each indented by <paramref name="indent"/> spaces. Chomping keeps
    /// the trailing line breaks exact: <c>|-</c> none, <c>|</c> one, <c>|+</c> all of them. Nothing follows the
    /// last line: the caller writes the line break after it.
    /// </summary>
    public static void Append(StringBuilder sb, string value, int indent)
    {
        var trailing = value.Length - value.TrimEnd('\n').Length;
        sb.Append(trailing switch { 0 => "|-", 1 => "|", _ => "|+" });
        var body = trailing == 0 ? value : value[..^1];
        foreach (var line in body.Split('\n'))
        {
            sb.Append('\n');
            if (line.Length > 0)
            {
                sb.Append(' ', indent).Append(line);
            }
        }
    }
}
