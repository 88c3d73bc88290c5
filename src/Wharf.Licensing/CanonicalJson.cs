using System.Globalization;
using System.Text;
using Wharf.Licensing.Yaml;

namespace Wharf.Licensing;

/// <summary>
/// The bytes a license signature covers (SPEC §2.5): the parsed <c>spec</c> mapping without its
/// top-level <c>signature</c> key, written as compact JSON.
/// <list type="bullet">
/// <item>Mapping keys are sorted ordinally (by UTF-16 code unit, as RFC 8785 does) at every level.</item>
/// <item>No insignificant whitespace: <c>{"a":1,"b":[true,null]}</c>.</item>
/// <item>Strings use the RFC 8785 escapes: <c>\"</c>, <c>\\</c>, <c>\b \f \n \r \t</c>, other characters
/// below U+0020 as <c>\u00xx</c> (lower-case hex); everything else is written as itself.</item>
/// <item>Scalars keep their YAML 1.2 core-schema type (<see cref="CoreSchema"/>): null, true/false,
/// integers in plain decimal, floats in the shortest round-trip form; quoted scalars are strings.</item>
/// <item>The whole text is encoded as UTF-8 without a byte order mark.</item>
/// </list>
/// Formatting, comments, key order and quoting style of the YAML do not change these bytes;
/// any change of a value, a type, or a key does.
/// </summary>
internal static class CanonicalJson
{
    public static byte[] OfSpec(DocMapping spec)
    {
        var builder = new StringBuilder(1024);
        WriteMapping(builder, spec, skipKey: LicenseFields.Signature);
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static void WriteNode(StringBuilder builder, DocNode node)
    {
        switch (node)
        {
            case DocMapping mapping:
                WriteMapping(builder, mapping, skipKey: null);
                break;
            case DocSequence sequence:
                builder.Append('[');
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    WriteNode(builder, sequence.Items[i]);
                }

                builder.Append(']');
                break;
            case DocScalar { Kind: ScalarKind.String } text:
                WriteString(builder, text.Text);
                break;
            case DocScalar scalar:
                builder.Append(scalar.Canonical);
                break;
        }
    }

    private static void WriteMapping(StringBuilder builder, DocMapping mapping, string? skipKey)
    {
        var keys = mapping.Entries.Keys.Where(k => k != skipKey).ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        builder.Append('{');
        for (var i = 0; i < keys.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            WriteString(builder, keys[i]);
            builder.Append(':');
            WriteNode(builder, mapping.Entries[keys[i]]);
        }

        builder.Append('}');
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ': builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: builder.Append(c); break;
            }
        }

        builder.Append('"');
    }
}
