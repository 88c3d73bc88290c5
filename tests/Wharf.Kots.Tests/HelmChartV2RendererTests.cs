using Wharf.Kots.Tests.Support;

namespace Wharf.Kots.Tests;

/// <summary>
/// HelmChart v2 over a release directory (SPEC §3.5): archives located by Chart.yaml name and version,
/// <c>helm/RELEASE/values.yaml</c> next to a copy of the archive, and bad input failing with one located line
/// before anything is written.
/// </summary>
public sealed class HelmChartV2RendererTests
{
    private const string Head = "apiVersion: kots.io/v1beta2\nkind: HelmChart\nmetadata:\n  name: app\nspec:\n  chart:\n    name: app\n";

    public static TheoryData<string, string> BadDocuments => new()
    {
        { Head + "  optionalValues:\n  - when: \"maybe\"\n    values:\n      a: 1\n", "bad.yaml:9:11: spec.optionalValues[0].when is \"maybe\", not a boolean (true or false)" },
        { Head + "  optionalValues:\n  - when: '{{repl ConfigOption \"hostname\" }}'\n", "bad.yaml:9:11: spec.optionalValues[0].when is \"app.example.com\", not a boolean (true or false)" },
        { Head + "  optionalValues:\n  - values:\n      a: 1\n", "bad.yaml:9:5: spec.optionalValues[0].when is missing, not a boolean (true or false)" },
        { Head + "  optionalValues:\n  - when: \"\"\n", "bad.yaml:9:11: spec.optionalValues[0].when is \"\", not a boolean (true or false)" },
        { Head + "  optionalValues:\n  - when: true\n    recursiveMerge: sometimes\n", "bad.yaml:10:21: spec.optionalValues[0].recursiveMerge is \"sometimes\", not a boolean (true or false)" },
        { Head + "  optionalValues:\n  - when: true\n    values: [1]\n", "bad.yaml:10:13: spec.optionalValues[0].values must be a mapping, not a sequence" },
        { Head + "  optionalValues: {}\n", "bad.yaml:8:19: spec.optionalValues must be a sequence, not a mapping" },
        { Head + "  values: just text\n", "bad.yaml:8:11: spec.values must be a mapping, not the string \"just text\"" },
        { Head + "  exclude: perhaps\n", "bad.yaml:8:12: spec.exclude is \"perhaps\", not a boolean (true or false)" },
        { Head + "  values:\n    x: repl{{ Nope }}\n", "bad.yaml:9:15: function \"Nope\" not defined" },
        { Head + "  values:\n    x: '{{repl LocalImageName }}'\n", "bad.yaml:9:16: wrong number of args for LocalImageName: want 1 got 0" },
        { Head + "  values:\n    x: {{repl ImagePullSecretName\n", "bad.yaml:9:8: unclosed action" },
        { Head + "  values: {a: 1\n", "bad.yaml:9:1: " },
        { Head + "  values:\n    a: 1\n    a: 2\n", "bad.yaml:10:5: duplicate key \"a\"" },
        { Head + "  releaseName: My_Release\n", "bad.yaml:8:16: \"My_Release\" is not a valid Helm release name" },
        { "apiVersion: kots.io/v1beta2\nkind: HelmChart\nspec:\n  chart:\n    chartVersion: 1.0.0\n", "bad.yaml:4:3: HelmChart needs spec.chart.name" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void RenderDocument_BadDocument_OneLineLocatedError(string text, string expectedStart)
    {
        var result = HelmChartV2Renderer.RenderDocument(text, "bad.yaml", Contexts.Proxy());

        Assert.False(result.Succeeded);
        Assert.StartsWith(expectedStart, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error);
        Assert.Empty(result.Charts);
    }

    [Fact]
    public void Render_ReleaseWithChart_ValuesNextToArchiveCopy()
    {
        using var release = new ReleaseDirectory()
            .Chart("app-1.2.3.tgz", "app", "1.2.3")
            .Chart("other-0.1.0.tgz", "other", "0.1.0")
            .File("kots/app-chart.yaml", ReleaseDirectory.HelmChart("app", "1.2.3", "my-release",
                "  values:\n    pullSecret: '{{repl ImagePullSecretName }}'\n    replicas: 2\n"));

        var result = HelmChartV2Renderer.Render(release.Root, Contexts.Proxy(), release.Output);

        Assert.True(result.Succeeded, result.Error);
        var chart = Assert.Single(result.Charts);
        Assert.Equal("app-1.2.3.tgz", chart.ArchivePath);
        var directory = Path.Combine(release.Output, "helm", "my-release");
        Assert.Equal("pullSecret: my-app-registry\nreplicas: 2\n", File.ReadAllText(Path.Combine(directory, "values.yaml")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(release.Root, "app-1.2.3.tgz")), File.ReadAllBytes(Path.Combine(directory, "app-1.2.3.tgz")));
        Assert.Equal(["app-1.2.3.tgz", "values.yaml"], Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Render_NoReleaseName_ChartNameAndArchiveFoundByChartYamlNotFileName()
    {
        using var release = new ReleaseDirectory()
            .Chart("charts/renamed.tgz", "app", "2.0.0")
            .File("app.yaml", ReleaseDirectory.HelmChart("app"));

        var result = HelmChartV2Renderer.Render(release.Root, Contexts.Proxy(), release.Output);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("charts/renamed.tgz", Assert.Single(result.Charts).ArchivePath);
        Assert.True(File.Exists(Path.Combine(release.Output, "helm", "app", "renamed.tgz")));
        Assert.Equal("a: 1\n", File.ReadAllText(Path.Combine(release.Output, "helm", "app", "values.yaml")));
    }

    [Fact]
    public void Render_ChartVersionNotInRelease_ErrorAndNothingWritten()
    {
        using var release = new ReleaseDirectory()
            .Chart("app-1.0.0.tgz", "app", "1.0.0")
            .File("app.yaml", ReleaseDirectory.HelmChart("app", "9.9.9"));

        var result = HelmChartV2Renderer.Render(release.Root, Contexts.Proxy(), release.Output);

        Assert.False(result.Succeeded);
        Assert.Equal("app.yaml:1: no chart archive for app 9.9.9 in the release (looked for .tgz files whose Chart.yaml has that name and version)", result.Error);
        Assert.False(Directory.Exists(release.Output));
    }

    [Fact]
    public void Render_SecondChartBad_NothingWrittenForTheFirst()
    {
        using var release = new ReleaseDirectory()
            .Chart("a.tgz", "a", "1.0.0")
            .Chart("b.tgz", "b", "1.0.0")
            .File("a.yaml", ReleaseDirectory.HelmChart("a"))
            .File("b.yaml", ReleaseDirectory.HelmChart("b", values: "  optionalValues:\n  - when: nope\n"));

        var result = HelmChartV2Renderer.Render(release.Root, Contexts.Proxy(), release.Output);

        Assert.False(result.Succeeded);
        Assert.StartsWith("b.yaml:", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(release.Output));
    }

    [Fact]
    public void Render_ExcludedChart_ListedButNotWrittenAndNeedsNoArchive()
    {
        using var release = new ReleaseDirectory()
            .File("app.yaml", ReleaseDirectory.HelmChart("app", values: "  exclude: 'repl{{ ConfigOptionEquals \"postgres_type\" \"embedded_postgres\" }}'\n"));

        var result = HelmChartV2Renderer.Render(release.Root, Contexts.Proxy(), release.Output);

        Assert.True(result.Succeeded, result.Error);
        Assert.True(Assert.Single(result.Charts).Excluded);
        Assert.False(Directory.Exists(Path.Combine(release.Output, "helm")));
    }

    [Fact]
    public void Render_OtherDocumentsWithUnknownFunctions_LeftAlone()
    {
        // Only HelmChart v2 documents are rendered here; the rest belongs to the manifest pipeline.
        using var release = new ReleaseDirectory()
            .Chart("app.tgz", "app", "1.0.0")
            .File("all.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  x: {{repl Unknown }}\n---\n" + ReleaseDirectory.HelmChart("app"))
            .File("config.yaml", "apiVersion: kots.io/v1beta1\nkind: Config\nspec: {{repl Whatever }}\n");

        var result = HelmChartV2Renderer.Render(release.Root, Contexts.Proxy(), release.Output);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("all.yaml:6", Assert.Single(result.Charts).Source);
    }

    [Fact]
    public void Render_ErrorInSecondDocument_LineCountsFromFileStart()
    {
        using var release = new ReleaseDirectory()
            .File("all.yaml", "apiVersion: v1\nkind: ConfigMap\n---\n" + ReleaseDirectory.HelmChart("app", values: "  values:\n    x: repl{{ Nope }}\n"));

        var result = HelmChartV2Renderer.Render(release.Root, Contexts.Proxy(), release.Output);

        Assert.Equal("all.yaml:12:15: function \"Nope\" not defined", result.Error);
    }

    [Fact]
    public void Render_TwoChartsOneReleaseName_Error()
    {
        using var release = new ReleaseDirectory()
            .Chart("a.tgz", "a", "1.0.0")
            .Chart("b.tgz", "b", "1.0.0")
            .File("a.yaml", ReleaseDirectory.HelmChart("a", releaseName: "same"))
            .File("b.yaml", ReleaseDirectory.HelmChart("b", releaseName: "same"));

        var result = HelmChartV2Renderer.Render(release.Root, Contexts.Proxy(), release.Output);

        Assert.Equal("release name same is used by several HelmCharts: a.yaml:1, b.yaml:1", result.Error);
    }

    [Fact]
    public void Render_TwoArchivesSameChart_Error()
    {
        using var release = new ReleaseDirectory()
            .Chart("a.tgz", "app", "1.0.0")
            .Chart("b.tgz", "app", "1.0.0")
            .File("app.yaml", ReleaseDirectory.HelmChart("app", "1.0.0"));

        var result = HelmChartV2Renderer.Render(release.Root, Contexts.Proxy(), release.Output);

        Assert.Equal("app.yaml:1: several chart archives for app 1.0.0: a.tgz, b.tgz", result.Error);
    }

    [Fact]
    public void Plan_WritesNothing()
    {
        using var release = new ReleaseDirectory().Chart("app.tgz", "app", "1.0.0").File("app.yaml", ReleaseDirectory.HelmChart("app"));

        var plan = HelmChartV2Renderer.Plan(release.Root, Contexts.Proxy());

        Assert.True(plan.Succeeded, plan.Error);
        Assert.False(Directory.Exists(release.Output));
        Assert.True(HelmChartV2Renderer.Write(plan, release.Root, release.Output).Succeeded);
        Assert.True(File.Exists(Path.Combine(release.Output, "helm", "app", "values.yaml")));
    }

    [Fact]
    public void KotsDocuments_HelmChartV2Header_QuotedAndCommentedSpellings()
    {
        Assert.True(KotsDocuments.IsHelmChartV2("apiVersion: \"kots.io/v1beta2\" # v2\nkind: 'HelmChart'\r\n"));
        Assert.False(KotsDocuments.IsHelmChartV2("apiVersion: kots.io/v1beta1\nkind: HelmChart\n"));
        Assert.False(KotsDocuments.IsHelmChartV2("apiVersion: kots.io/v1beta2\nkind: HelmChartX\n"));
        Assert.Equal([1, 4, 7], KotsDocuments.Split("a: 1\nb: 2\n---\nc: 3\n--- # x\n---\nd: 4").Select(d => d.Line));
    }
}
