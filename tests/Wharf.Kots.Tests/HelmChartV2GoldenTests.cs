using Wharf.Kots.Tests.Support;
using Wharf.Kots.Yaml;

namespace Wharf.Kots.Tests;

/// <summary>
/// HelmChart v2 values (SPEC §3.5) as golden files: <c>testdata/helmchart-v2/CASE/helmchart.yaml</c> rendered in
/// the proxy context (or the local-registry one when the case has a <c>mode</c> file saying <c>local</c>) must
/// give <c>values.yaml</c> byte for byte, and reading that file back must give the same values (idempotence).
/// </summary>
public sealed class HelmChartV2GoldenTests
{
    private const string Suite = "helmchart-v2";

    public static TheoryData<string> Cases => Golden.Cases(Suite);

    [Theory]
    [MemberData(nameof(Cases))]
    public void RenderDocument_GoldenCase_ValuesAsExpected(string name)
    {
        var chart = Render(name);

        Golden.AssertMatches(Suite, name, "values.yaml", chart.ValuesYaml);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RenderDocument_GoldenCase_ValuesReadBackIdentical(string name)
    {
        var values = Render(name).ValuesYaml;

        Assert.True(YamlReader.TryRead(values, "values.yaml", out var documents, out var error), error);
        var root = Assert.IsType<YMap>(Assert.Single(documents).Root);
        Assert.Equal(values, YamlWriter.Write(root));
    }

    [Fact]
    public void RenderDocument_TemplatedReleaseNameAndNamespace_Rendered()
    {
        var chart = Render("config-and-license");

        Assert.Equal("my-app-main", chart.ReleaseName);
        Assert.Equal("acme", chart.Namespace);
        Assert.Equal("app", chart.ChartName);
        Assert.Equal("2.0.0", chart.ChartVersion);
        Assert.Equal("helmchart.yaml:1", chart.Source);
    }

    private static HelmChartV2Output Render(string name)
    {
        var directory = Path.Combine(Golden.Directory(Suite), name);
        var mode = File.Exists(Path.Combine(directory, "mode")) ? File.ReadAllText(Path.Combine(directory, "mode")).Trim() : "proxy";
        var result = HelmChartV2Renderer.RenderDocument(File.ReadAllText(Path.Combine(directory, "helmchart.yaml")), "helmchart.yaml", KotsFunctionsTests.Context(mode));
        Assert.True(result.Succeeded, result.Error);
        return Assert.Single(result.Charts);
    }
}
