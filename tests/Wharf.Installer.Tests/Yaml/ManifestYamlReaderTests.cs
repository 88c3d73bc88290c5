using Wharf.Installer.Yaml;

namespace Wharf.Installer.Tests.Yaml;

/// <summary>The hardened manifest reader: documents, positions, aliases by copy, and what it refuses.</summary>
public class ManifestYamlReaderTests
{
    [Fact]
    public void Read_MultiDocumentWithHelmSourceComments_DocumentsLinesAndSources()
    {
        var result = ManifestYamlReader.Read("---\n# Source: chart/templates/a.yaml\na: 1\n---\n# Source: chart/templates/b.yaml\nb: 2\n---\n", "f.yaml");

        Assert.True(result.IsOk, result.Error);
        Assert.Equal(["chart/templates/a.yaml", "chart/templates/b.yaml", null], result.Documents.Select(d => d.SourceComment));
        Assert.Equal([1L, 4L, 7L], result.Documents.Select(d => d.Line));
        Assert.Null(result.Documents[2].Root);
    }

    [Fact]
    public void Read_Alias_ExpandedAsAnIndependentCopy()
    {
        var result = ManifestYamlReader.Read("a: &x {k: v}\nb: *x\n", "f.yaml");
        var root = (YamlMap)result.Documents![0].Root!;

        ((YamlMap)root.Get("b")!).Set("k", YamlScalar.String("changed"));

        Assert.Equal("v", ((YamlMap)root.Get("a")!).GetString("k"));
    }

    [Theory]
    [InlineData("a: *nope\n", "f.yaml:1:4: alias *nope refers to no complete anchor")]
    [InlineData("a: &x [*x]\n", "f.yaml:1:8: alias *x refers to no complete anchor")]
    [InlineData("? [a]\n: b\n", "f.yaml:1:3: mapping keys must be scalars")]
    [InlineData("a: !custom x\n", "f.yaml:1:4: YAML tag !custom is not supported")]
    [InlineData("a: !!int x\n", "f.yaml:1:4: 'x' is not a valid int")]
    public void Read_Refused_OneLineWithPosition(string text, string expected)
    {
        var result = ManifestYamlReader.Read(text, "f.yaml");

        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void Read_LoneSurrogateEscape_RefusedWithPosition()
    {
        var result = ManifestYamlReader.Read("a: \"\\uD800\"\n", "f.yaml");

        Assert.StartsWith("f.yaml:1:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error!);
    }

    [Fact]
    public void Read_TaggedScalars_Typed()
    {
        var root = (YamlMap)ManifestYamlReader.Read("a: !!str 123\nb: !!int 0x10\nc: !!float 1\nd: ! 5\n", "f.yaml").Documents![0].Root!;

        Assert.Equal(
            [(ScalarType.String, "123"), (ScalarType.Int, "16"), (ScalarType.Int, "1"), (ScalarType.String, "5")],
            root.Entries.Select(e => (((YamlScalar)e.Value).Type, ((YamlScalar)e.Value).Value)));
    }
}
