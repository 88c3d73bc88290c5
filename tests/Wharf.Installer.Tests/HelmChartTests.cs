using Wharf.Installer.Tests.Support;

namespace Wharf.Installer.Tests;

/// <summary>
/// HelmChart <c>kots.io/v1beta1</c> (SPEC §3.3, issue #3 done means 5): rendered by the <c>helm</c> on PATH —
/// here a stand-in script that records its arguments — then treated as plain manifests.
/// </summary>
public class HelmChartTests
{
    private const string HelmOutput = """
        ---
        # Source: mychart/templates/deployment.yaml
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: sample-mychart
        spec:
          template:
            spec:
              containers:
                - name: mychart
                  image: "quay.io/acme/chart-api:3.0"

        """;

    [Fact]
    public async Task RenderAsync_HelmChartV1_RunsHelmTemplateWithExactArguments()
    {
        using var release = ChartRelease("""
            apiVersion: kots.io/v1beta1
            kind: HelmChart
            metadata: {name: samplechart}
            spec:
              chart: {name: mychart, chartVersion: 0.3.0, releaseName: sample}
              values:
                replicaCount: 2
                image: {repository: quay.io/acme/chart-api, tag: "3.0"}
            """);
        var helm = FakeHelm.Create(Path.Combine(release.Root, "bin"), WriteOutput(release, HelmOutput));

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options() with { Namespace = "acme", ToolSearchPath = helm.Directory });

        Assert.True(result.Succeeded, result.Error);
        var args = helm.Arguments;
        Assert.Equal(8, args.Count);
        Assert.Equal(["template", "sample", Path.Combine(release.ReleaseDirectory, "charts", "mychart-0.3.0.tgz"), "--namespace", "acme", "--values"], args.Take(6));
        Assert.Matches("/wharf-helm-[^/]+/values\\.yaml$", args[6]);
        Assert.Equal("--include-crds", args[7]);
        Assert.False(File.Exists(args[6]), "the temporary values file is removed");
        Assert.Equal("replicaCount: 2\nimage:\n  repository: quay.io/acme/chart-api\n  tag: \"3.0\"\n", await File.ReadAllTextAsync(helm.ValuesCopy));
        var rendered = await File.ReadAllTextAsync(Path.Combine(release.OutputDirectory, "rendered", "this-cluster", "manifests.yaml"));
        Assert.Contains("image: proxy.example.com/proxy/my-app/quay.io/acme/chart-api:3.0", rendered, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(release.OutputDirectory, "base", "charts", "sample", "mychart", "templates", "deployment.yaml")));
    }

    [Fact]
    public async Task RenderAsync_HelmChartNamespaceAndNoReleaseName_UsesSpecNamespaceAndMetadataName()
    {
        using var release = ChartRelease("""
            apiVersion: kots.io/v1beta1
            kind: HelmChart
            metadata: {name: samplechart}
            spec:
              chart: {name: mychart}
              namespace: charts
            """);
        var helm = FakeHelm.Create(Path.Combine(release.Root, "bin"), WriteOutput(release, HelmOutput));

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options() with { Namespace = "acme", ToolSearchPath = helm.Directory });

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("samplechart", helm.Arguments[1]);
        Assert.Equal("charts", helm.Arguments[4]);
        Assert.Equal("{}\n", await File.ReadAllTextAsync(helm.ValuesCopy));
    }

    [Fact]
    public async Task RenderAsync_HelmMissing_ClearErrorAndNoOutput()
    {
        using var release = ChartRelease("apiVersion: kots.io/v1beta1\nkind: HelmChart\nmetadata: {name: samplechart}\nspec:\n  chart: {name: mychart, chartVersion: 0.3.0}\n");

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options());

        Assert.False(result.Succeeded);
        Assert.Equal("helmchart.yaml:1: HelmChart samplechart is rendered with `helm template`, but helm is not on PATH (install Helm 3)", result.Error);
        Assert.False(Directory.Exists(release.OutputDirectory));
    }

    [Fact]
    public async Task RenderAsync_HelmFails_ErrorCarriesHelmsMessage()
    {
        using var release = ChartRelease("apiVersion: kots.io/v1beta1\nkind: HelmChart\nmetadata: {name: samplechart}\nspec:\n  chart: {name: mychart, chartVersion: 0.3.0}\n");
        var helm = FakeHelm.Create(Path.Combine(release.Root, "bin"), WriteOutput(release, ""), exitCode: 1);

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options() with { ToolSearchPath = helm.Directory });

        Assert.False(result.Succeeded);
        Assert.Equal("helmchart.yaml:1: helm template failed for samplechart (exit code 1): Error: chart is broken", result.Error);
        Assert.False(Directory.Exists(release.OutputDirectory));
    }

    [Fact]
    public async Task RenderAsync_ExcludedChart_HelmNotRun()
    {
        using var release = ChartRelease("apiVersion: kots.io/v1beta1\nkind: HelmChart\nmetadata: {name: samplechart}\nspec:\n  exclude: true\n  chart: {name: mychart, chartVersion: 0.3.0}\n");
        var helm = FakeHelm.Create(Path.Combine(release.Root, "bin"), WriteOutput(release, HelmOutput));

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options() with { ToolSearchPath = helm.Directory });

        Assert.True(result.Succeeded, result.Error);
        Assert.False(File.Exists(helm.ArgumentsFile));
    }

    [Theory]
    [InlineData("9.9.9", "", "no chart archive for mychart 9.9.9 in the release")]
    [InlineData("0.3.0", "exclude: 'maybe'", "helmchart.yaml:1: HelmChart spec.exclude must be true or false")]
    [InlineData("0.3.0", "values: {image: 'repl{{ NoSuchFunction }}'}", "helmchart.yaml:6:")]
    public async Task RenderAsync_BadHelmChart_ClearError(string version, string extra, string expected)
    {
        using var release = ChartRelease($"apiVersion: kots.io/v1beta1\nkind: HelmChart\nmetadata: {{name: samplechart}}\nspec:\n  chart: {{name: mychart, chartVersion: {version}}}\n  {extra}\n");
        var helm = FakeHelm.Create(Path.Combine(release.Root, "bin"), WriteOutput(release, HelmOutput));

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options() with { ToolSearchPath = helm.Directory });

        Assert.False(result.Succeeded);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_HelmChartV1ValuesWithTemplates_HelmGetsRenderedValues()
    {
        using var release = ChartRelease("""
            apiVersion: kots.io/v1beta1
            kind: HelmChart
            metadata: {name: samplechart}
            spec:
              chart: {name: mychart, chartVersion: 0.3.0, releaseName: sample}
              exclude: 'repl{{ ConfigOptionEquals "chart_enabled" "0" }}'
              values:
                image: 'repl{{ LocalImageName "quay.io/acme/chart-api:3.0" }}'
                pullSecret: '{{repl ImagePullSecretName }}'
            """);
        var helm = FakeHelm.Create(Path.Combine(release.Root, "bin"), WriteOutput(release, HelmOutput));

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options() with { ToolSearchPath = helm.Directory });

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("image: proxy.example.com/proxy/my-app/quay.io/acme/chart-api:3.0\npullSecret: my-app-registry\n", await File.ReadAllTextAsync(helm.ValuesCopy));
    }

    [Fact]
    public async Task RenderAsync_HelmChartV2_ValuesWrittenNextToArchiveHelmNotRun()
    {
        using var release = ChartRelease("""
            apiVersion: kots.io/v1beta2
            kind: HelmChart
            metadata: {name: samplechart}
            spec:
              chart: {name: mychart, chartVersion: 0.3.0}
              releaseName: sample
              values:
                image:
                  registry: '{{repl HasLocalRegistry | ternary LocalRegistryHost "images.mycompany.com" }}'
                pullSecrets: ['{{repl ImagePullSecretName }}']
            """).Deployment("web", "quay.io/acme/web:1");
        var helm = FakeHelm.Create(Path.Combine(release.Root, "bin"), WriteOutput(release, HelmOutput));

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options() with { ToolSearchPath = helm.Directory });

        Assert.True(result.Succeeded, result.Error);
        Assert.False(File.Exists(helm.ArgumentsFile), "helm template is not run for v1beta2 charts");
        Assert.Equal(1, result.Summary.HelmValues);
        var values = Path.Combine(release.OutputDirectory, "helm", "sample");
        Assert.Equal("image:\n  registry: images.mycompany.com\npullSecrets:\n  - my-app-registry\n", await File.ReadAllTextAsync(Path.Combine(values, "values.yaml")));
        Assert.Equal(
            await File.ReadAllBytesAsync(Path.Combine(release.ReleaseDirectory, "charts", "mychart-0.3.0.tgz")),
            await File.ReadAllBytesAsync(Path.Combine(values, "mychart-0.3.0.tgz")));
        var rendered = await File.ReadAllTextAsync(Path.Combine(release.OutputDirectory, "rendered", "this-cluster", "manifests.yaml"));
        Assert.DoesNotContain("HelmChart", rendered, StringComparison.Ordinal);
        Assert.Contains("image: proxy.example.com/proxy/my-app/quay.io/acme/web:1", rendered, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  optionalValues:\n    - when: 'repl{{ Namespace }}'\n      values: {a: 1}\n", "helmchart.yaml:7")]
    [InlineData("  values: {a: 'repl{{ LocalImageName }}'}\n", "helmchart.yaml:6:")]
    [InlineData("  values: {a: 1}\n", "no chart archive for nochart 1.0.0")]
    public async Task RenderAsync_BadHelmChartV2_OneLineErrorNothingWritten(string spec, string expected)
    {
        var chart = "apiVersion: kots.io/v1beta2\nkind: HelmChart\nmetadata: {name: samplechart}\nspec:\n"
            + (expected.StartsWith("no chart", StringComparison.Ordinal) ? "  chart: {name: nochart, chartVersion: 1.0.0}\n" : "  chart: {name: mychart, chartVersion: 0.3.0}\n")
            + spec;
        using var release = ChartRelease(chart);

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options() with { Namespace = "acme" });

        Assert.False(result.Succeeded);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error);
        Assert.False(Directory.Exists(release.OutputDirectory));
    }

    private static ReleaseBuilder ChartRelease(string helmChart)
    {
        var release = new ReleaseBuilder().File("helmchart.yaml", helmChart);
        var charts = Path.Combine(release.ReleaseDirectory, "charts");
        Directory.CreateDirectory(charts);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "testdata", "render", "helm-chart-v1", "release", "charts", "mychart-0.3.0.tgz"), Path.Combine(charts, "mychart-0.3.0.tgz"));
        return release;
    }

    private static string WriteOutput(ReleaseBuilder release, string text)
    {
        var path = Path.Combine(release.Root, "helm-output.yaml");
        File.WriteAllText(path, text);
        return path;
    }
}
