using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Wharf.Installer.Tests.Support;

/// <summary>
/// Kubernetes objects parsed from a YAML stream with YamlDotNet's own representation model (not Wharf's
/// reader), each turned into canonical JSON (keys sorted, scalars typed by the YAML 1.2 core schema,
/// numbers compared by value), so two renderings are compared object by object, not string by string.
/// </summary>
internal static partial class ManifestSet
{
    /// <summary>Objects keyed <c>apiVersion|kind|namespace|name</c>, in stream order.</summary>
    public static List<(string Key, string Json)> Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var result = new List<(string, string)>();
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is not YamlMappingNode root)
            {
                continue;
            }

            var metadata = root.Children.TryGetValue(new YamlScalarNode("metadata"), out var m) ? (YamlMappingNode)m : new YamlMappingNode();
            string Field(YamlMappingNode map, string name) => map.Children.TryGetValue(new YamlScalarNode(name), out var v) ? ((YamlScalarNode)v).Value ?? "" : "";
            var key = string.Join('|', Field(root, "apiVersion"), Field(root, "kind"), Field(metadata, "namespace"), Field(metadata, "name"));
            var sb = new StringBuilder();
            Write(sb, root);
            result.Add((key, sb.ToString()));
        }

        return result;
    }

    private static void Write(StringBuilder sb, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
                sb.Append('{');
                var first = true;
                foreach (var (k, v) in map.Children.OrderBy(c => ((YamlScalarNode)c.Key).Value, StringComparer.Ordinal))
                {
                    sb.Append(first ? "" : ",").Append(Quote(((YamlScalarNode)k).Value ?? "")).Append(':');
                    first = false;
                    Write(sb, v);
                }

                sb.Append('}');
                break;
            case YamlSequenceNode seq:
                sb.Append('[');
                for (var i = 0; i < seq.Children.Count; i++)
                {
                    sb.Append(i == 0 ? "" : ",");
                    Write(sb, seq.Children[i]);
                }

                sb.Append(']');
                break;
            case YamlScalarNode scalar:
                sb.Append(Scalar(scalar));
                break;
        }
    }

    private static string Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain)
        {
            return Quote(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return "null";
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return text.ToLowerInvariant();
        }

        if (Int().IsMatch(text))
        {
            return "n:" + BigInteger.Parse(text, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }

        if (Float().IsMatch(text))
        {
            var d = double.Parse(text, CultureInfo.InvariantCulture);
            return d == Math.Floor(d) && Math.Abs(d) < 1e15 ? "n:" + ((long)d).ToString(CultureInfo.InvariantCulture) : "n:" + d.ToString("R", CultureInfo.InvariantCulture);
        }

        return Quote(text);
    }

    private static string Quote(string s) => System.Text.Json.JsonSerializer.Serialize(s);

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Int();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
