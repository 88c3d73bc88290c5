using Wharf.Installer.Yaml;
using YamlDotNet.RepresentationModel;

namespace Wharf.Installer.Tests.Yaml;

/// <summary>Strings written by <see cref="YamlWriter"/> read back unchanged, by YamlDotNet and by Wharf's own reader.</summary>
public class YamlWriterTests
{
    public static TheoryData<string> Strings => new()
    {
        "", " ", "plain", "a: b", "a:b", "- a", "-a", "--port=80", "#", "a #b", "a#b", "key:", "[x]", "{x}", "*x", "&x", "!x", "%x", "@x", "`x`",
        "|", ">", "'quote'", "\"dq\"", "---", "...", "yes", "No", "on", "OFF", "y", "true", "null", "~", "123", "1.0", "0x1F", "0755", "1e3",
        ".5", "1:20", "=", "<<", "2020-01-01", "2020-01-01T10:00:00Z", "trailing ", " lead", "a\nb", "a\n", "a\n\n", "a\n\n\n", "\n", "\n\nx",
        " a\nb", "line1\n  indented\n", "a\n \n", "a\n  ", "\ttab-start\nx", "tab\tin", "a\r\nb", "\u0001", "nul\0", "é", "emoji 😀 ✓",
        "\u2028sep", "\uFEFFbom", "0.3.0", "10.0.0.1", "80Mi", "0 3 * * *", "-1", "+1", "?x", ",x", "a,b", "x: y: z",
    };

    [Theory]
    [MemberData(nameof(Strings))]
    public void Write_StringValue_ReadsBackIdentically(string value)
    {
        var map = new YamlMap();
        map.Set("key", YamlScalar.String(value));
        map.Set("list", new YamlSeq { Items = { YamlScalar.String(value) } });
        var text = YamlWriter.Write(map, sortKeys: false);

        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var scalar = (YamlScalarNode)root["key"];
        Assert.Equal(value, scalar.Value);
        Assert.Equal(value, ((YamlScalarNode)((YamlSequenceNode)root["list"]).Children[0]).Value);

        var ours = ManifestYamlReader.Read(text, "t.yaml");
        Assert.True(ours.IsOk, ours.Error);
        var read = (YamlScalar)((YamlMap)ours.Documents[0].Root!).Get("key")!;
        Assert.Equal((ScalarType.String, value), (read.Type, read.Value));
    }

    [Theory]
    [MemberData(nameof(Strings))]
    public void Write_StringKey_ReadsBackIdentically(string key)
    {
        var map = new YamlMap();
        map.Set(key, YamlScalar.String("v"));
        var text = YamlWriter.Write(map, sortKeys: false);

        var ours = ManifestYamlReader.Read(text, "t.yaml");

        Assert.True(ours.IsOk, ours.Error);
        Assert.Equal(key, Assert.Single(((YamlMap)ours.Documents[0].Root!).Entries).Key);
    }

    [Fact]
    public void Write_NestedCollections_KustomizeLayout()
    {
        var read = ManifestYamlReader.Read("b: {y: [1, [2, 3], {k: v}], x: {}}\na: []\n", "t.yaml");

        var text = YamlWriter.Write(read.Documents![0].Root!, sortKeys: true);

        Assert.Equal("a: []\nb:\n  x: {}\n  \"y\":\n  - 1\n  - - 2\n    - 3\n  - k: v\n", text);
    }

    [Theory]
    [InlineData(new[] { "n10", "n2", "n1" }, new[] { "n1", "n2", "n10" })]
    [InlineData(new[] { "ab", "a-b", "a.b", "aB" }, new[] { "a-b", "a.b", "aB", "ab" })]
    [InlineData(new[] { "helm.sh/hook-weight", "kots.io/creation-phase", "helm.sh/hook" }, new[] { "helm.sh/hook", "helm.sh/hook-weight", "kots.io/creation-phase" })]
    [InlineData(new[] { "a01", "a1", "a001" }, new[] { "a1", "a01", "a001" })]
    public void GoKeyOrder_Keys_SortedAsGoYamlV2(string[] keys, string[] expected)
    {
        Assert.Equal(expected, keys.Order(GoKeyOrder.Instance));
    }
}
