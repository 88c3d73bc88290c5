using System.Text;
using Wharf.Kots.Tests.Support;

namespace Wharf.Kots.Tests;

/// <summary>
/// Embedded Cluster's <c>HelmValue PATH</c> in HelmChart v2 documents: the chart's own values.yaml (and a subchart's,
/// unpacked or packaged) read from the archive the document names, typically fed to <c>ReplicatedImageName</c>.
/// </summary>
public sealed class HelmValueTests
{
    private const string ParentValues = """
        initImage: quay.io/my-org/init:1.4.0
        image:
          registry: ghcr.io
          repository: my-org/api
          tag: "2.0"
        replicas: 3
        """;

    [Fact]
    public void Plan_HelmValueFromChartAndSubcharts_FedToImageFunctions()
    {
        var packaged = ReleaseDirectory.Archive("cache", "7.0.0", "image:\n  repository: docker.io/bitnami/redis\n");
        using var release = new ReleaseDirectory()
            .Chart("charts/app-1.0.0.tgz", "app", "1.0.0", ParentValues,
                ("app/charts/db/values.yaml", Encoding.UTF8.GetBytes("image: {repository: postgres, tag: '16'}\n")),
                ("app/charts/cache-7.0.0.tgz", packaged))
            .File("app.yaml", ReleaseDirectory.HelmChart("app", "1.0.0", values: """
                  values:
                    initImage: '{{repl ReplicatedImageName (HelmValue ".initImage") }}'
                    image:
                      registry: '{{repl ReplicatedImageRegistry (HelmValue ".Values.image.registry") }}'
                    replicas: repl{{ HelmValue ".replicas" }}
                    db: {image: '{{repl HelmValue ".db.image.repository" }}:{{repl HelmValue ".db.image.tag" }}'}
                    cache: {image: '{{repl HelmValue ".cache.image.repository" }}'}
                    missing: '[{{repl HelmValue ".no.such.key" }}]'

                """));

        var plan = HelmChartV2Renderer.Plan(release.Root, Contexts.Proxy());

        Assert.True(plan.Succeeded, plan.Error);
        Assert.Equal("""
            initImage: proxy.example.com/proxy/my-app/quay.io/my-org/init:1.4.0
            image:
              registry: proxy.example.com/proxy/my-app/ghcr.io
            replicas: 3
            db:
              image: postgres:16
            cache:
              image: docker.io/bitnami/redis
            missing: "[]"

            """, plan.Charts.Single().ValuesYaml);
    }

    [Fact]
    public void HelmValue_OutsideAHelmChart_ErrorSaysWhere()
    {
        Assert.False(KotsTemplate.TryRender("{{repl HelmValue \".a\" }}", "t", Contexts.Proxy(), out _, out var error));

        Assert.StartsWith("t:1:8: error calling HelmValue: HelmValue reads the chart's values.yaml", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_HelmValueWithTemplatedChartName_ClearError()
    {
        using var release = new ReleaseDirectory()
            .Chart("app.tgz", "app", "1.0.0")
            .File("app.yaml", "apiVersion: kots.io/v1beta2\nkind: HelmChart\nmetadata: {name: app}\nspec:\n  chart:\n    name: '{{repl ConfigOption \"chart\" }}'\n  values:\n    a: '{{repl HelmValue \".a\" }}'\n");

        var plan = HelmChartV2Renderer.Plan(release.Root, Contexts.Proxy());

        Assert.Equal("app.yaml:1: no chart archive for x in the release (looked for .tgz files whose Chart.yaml has that name and version)", plan.Error);
    }
}
