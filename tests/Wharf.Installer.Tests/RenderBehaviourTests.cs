using Wharf.Installer.Tests.Support;

namespace Wharf.Installer.Tests;

/// <summary>Rules of SPEC §3.2–3.4 that golden trees show but do not pin down on their own.</summary>
public class RenderBehaviourTests
{
    [Fact]
    public async Task RenderAsync_ProxyPublicImages_NothingProbed()
    {
        using var release = new ReleaseBuilder().Deployment("app", "nginx:1", "quay.io/org/api:1")
            .File("application.yaml", "apiVersion: kots.io/v1beta1\nkind: Application\nmetadata: {name: my-app}\nspec: {proxyPublicImages: true}\n");
        var probe = new TableProbe(["nginx:1", "quay.io/org/api:1"]);

        var result = await new ReleaseRenderer(probe).RenderAsync(release.Options());

        Assert.True(result.Succeeded, result.Error);
        Assert.Empty(probe.Asked);
        Assert.Equal(2, result.Summary.PrivateImages);
    }

    [Fact]
    public async Task RenderAsync_SameImageInManyObjects_ProbedOnceAndOnProxyNotProbed()
    {
        using var release = new ReleaseBuilder()
            .Deployment("a", "quay.io/org/api:1", "proxy.example.com/proxy/my-app/quay.io/org/x:1")
            .Deployment("b", "quay.io/org/api:1")
            .Deployment("c", "quay.io/org/api:2");
        var probe = new TableProbe([]);

        var result = await new ReleaseRenderer(probe).RenderAsync(release.Options());

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["quay.io/org/api:1", "quay.io/org/api:2"], probe.Asked.Order(StringComparer.Ordinal));
        Assert.Equal(3, result.Summary.PatchedObjects);
    }

    [Fact]
    public async Task RenderAsync_AdditionalNamespaceDefaultWithoutAppNamespace_OneSecretAndKubectlBuildsIt()
    {
        using var release = new ReleaseBuilder().Deployment("app", "quay.io/org/api:1")
            .File("application.yaml", "apiVersion: kots.io/v1beta1\nkind: Application\nmetadata: {name: my-app}\nspec: {additionalNamespaces: [default, other]}\n");

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options());

        Assert.True(result.Succeeded, result.Error);
        var secrets = ManifestSet.Parse(await File.ReadAllTextAsync(Path.Combine(release.OutputDirectory, "overlays", "midstream", "secret.yaml")));
        Assert.Equal(["v1|Secret||my-app-registry", "v1|Secret|other|my-app-registry"], secrets.Select(s => s.Key));
        await GoldenRenderTests.AssertKubectlAgreesAsync(release.OutputDirectory);
    }

    [Fact]
    public async Task RenderAsync_SameObjectWithoutNamespaceAndInDefault_DuplicateError()
    {
        using var release = new ReleaseBuilder()
            .File("a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: default}\n");

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options());

        Assert.Equal("a.yaml:4: ConfigMap/default/x is already defined at a.yaml:1", result.Error);
    }

    [Fact]
    public async Task RenderAsync_ChartArchiveWithBrokenChartYaml_ErrorSaysWhy()
    {
        using var release = new ReleaseBuilder()
            .File("helmchart.yaml", "apiVersion: kots.io/v1beta1\nkind: HelmChart\nmetadata: {name: c}\nspec:\n  chart: {name: mychart}\n")
            .File("charts/broken.tgz", "not gzip");

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options());

        Assert.Equal("helmchart.yaml:1: no chart archive for mychart in the release (looked for .tgz files whose Chart.yaml has that name and version); unreadable: charts/broken.tgz is not a gzip tar archive", result.Error);
    }

    [Fact]
    public async Task RenderAsync_PrivateImageFlagWithTag_OnlyThatTagSkipsTheProbe()
    {
        using var release = new ReleaseBuilder().Deployment("app", "quay.io/org/api:1", "quay.io/org/api:2");
        var probe = new TableProbe(["quay.io/org/api:1", "quay.io/org/api:2"]);

        var result = await new ReleaseRenderer(probe).RenderAsync(release.Options() with { PrivateImages = ["quay.io/org/api:1"] });

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["quay.io/org/api:2"], probe.Asked);
        Assert.Equal(1, result.Summary.PrivateImages);
    }

    [Fact]
    public async Task RenderAsync_BadPrivateImageFlag_ClearError()
    {
        using var release = new ReleaseBuilder().Deployment("app", "quay.io/org/api:1");

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options() with { PrivateImages = ["Quay.io/Org"] });

        Assert.Equal("--private-image 'Quay.io/Org': repository name must be lower case", result.Error);
    }
}
