using Wharf.Installer.Tests.Support;

namespace Wharf.Installer.Tests;

/// <summary>
/// KOTS templates during <c>wharf render</c> (SPEC §3.5, issue #4): every release file is rendered before it is
/// read, errors are one located line with nothing written, images asked about by templates are probed once
/// with the rest, and the Application's domains reach the other documents' templates.
/// </summary>
public class TemplateRenderTests
{
    [Fact]
    public async Task RenderAsync_LocalImageNameInManifest_ImageProbedOnceAnswerUsed()
    {
        using var release = new ReleaseBuilder().File("job.yaml", """
            apiVersion: batch/v1
            kind: Job
            metadata: {name: once}
            spec:
              template:
                spec:
                  containers:
                    - name: a
                      image: 'repl{{ LocalImageName "docker.io/library/alpine:3.20" }}'
                    - name: b
                      image: 'repl{{ LocalImageName "quay.io/acme/tool:1" }}'
                    - name: c
                      image: quay.io/acme/tool:1
            """);
        var probe = new TableProbe(["docker.io/library/alpine:3.20"]);

        var result = await new ReleaseRenderer(probe).RenderAsync(release.Options());

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["docker.io/library/alpine:3.20", "quay.io/acme/tool:1"], probe.Asked.Order(StringComparer.Ordinal));
        var rendered = await File.ReadAllTextAsync(Path.Combine(release.OutputDirectory, "rendered", "this-cluster", "manifests.yaml"));
        Assert.Contains("image: docker.io/library/alpine:3.20\n", rendered, StringComparison.Ordinal);
        Assert.Equal(2, rendered.Split("image: proxy.example.com/proxy/my-app/quay.io/acme/tool:1\n").Length - 1);
    }

    [Theory]
    [InlineData("image: 'repl{{ NoSuchFunction }}'", "web.yaml:9:")]
    [InlineData("image: 'repl{{ LocalImageName }}'", "web.yaml:9:")]
    [InlineData("image: 'repl{{ LocalImageName \"x\" '", "web.yaml:9:")]
    [InlineData("image: '{{repl if true }}x'", "web.yaml:9:")]
    public async Task RenderAsync_BadTemplateInManifest_OneLocatedLineNothingWritten(string line, string location)
    {
        using var release = new ReleaseBuilder().File("web.yaml", $"""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {"{name: web}"}
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      {line}
            """);

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options());

        Assert.False(result.Succeeded);
        Assert.StartsWith(location, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error);
        Assert.False(Directory.Exists(release.OutputDirectory));
    }

    [Fact]
    public async Task RenderAsync_ApplicationProxyDomain_SeenByTemplatesInOtherFiles()
    {
        using var release = new ReleaseBuilder()
            .File("app.yaml", "apiVersion: kots.io/v1beta1\nkind: Application\nmetadata: {name: my-app}\nspec:\n  proxyRegistryDomain: images.vendor.example\n")
            .File("cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: names}\ndata:\n  api: 'repl{{ LocalImageName \"quay.io/acme/api:2\" }}'\n");
        release.License = TestKeys.WriteLicense(Path.Combine(release.Root, "no-proxy.yaml"), TestKeys.Spec(proxy: null));

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options());

        Assert.True(result.Succeeded, result.Error);
        var rendered = await File.ReadAllTextAsync(Path.Combine(release.OutputDirectory, "rendered", "this-cluster", "manifests.yaml"));
        Assert.Contains("  api: images.vendor.example/proxy/my-app/quay.io/acme/api:2\n", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_TemplateOutputNotYaml_ErrorNamesFile()
    {
        using var release = new ReleaseBuilder().File("cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  a: repl{{ \"[unclosed\" }}\n");

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options());

        Assert.False(result.Succeeded);
        Assert.StartsWith("cm.yaml:", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(release.OutputDirectory));
    }
}
