using Wharf.Kots;
using Wharf.Oci;

namespace Wharf.Installer.Tests;

/// <summary>The rewrite rules of SPEC §3.3, table by table.</summary>
public class ImageRewriteRulesTests
{
    private static readonly ProxySettings Settings = new()
    {
        AppSlug = "my-app",
        ProxyHost = "proxy.example.com",
        RegistryHost = "registry.custom.io",
        OtherProxyHosts = ["proxy.replicated.com"],
        OtherRegistryHosts = ["registry.example.com"],
    };

    [Theory]
    [InlineData("nginx:1", "proxy.example.com/proxy/my-app/nginx")]
    [InlineData("library/nginx", "proxy.example.com/proxy/my-app/library/nginx")]
    [InlineData("docker.io/library/nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "proxy.example.com/proxy/my-app/docker.io/library/nginx")]
    [InlineData("quay.io/my-org/api:v1.0.1", "proxy.example.com/proxy/my-app/quay.io/my-org/api")]
    [InlineData("reg.example.com:5000/ns/img:t", "proxy.example.com/proxy/my-app/reg.example.com_5000/ns/img")]
    [InlineData("localhost:5000/img", "proxy.example.com/proxy/my-app/localhost_5000/img")]
    [InlineData("127.0.0.1:5001/my-org/api:1", "proxy.example.com/proxy/my-app/127.0.0.1_5001/my-org/api")]
    [InlineData("Index.Docker.io/acme/api", "proxy.example.com/proxy/my-app/index.docker.io/acme/api")]
    [InlineData("Reg.Example.com:5000/ns/img", "proxy.example.com/proxy/my-app/reg.example.com_5000/ns/img")]
    public void TryGetProxiedName_Image_UntaggedOriginalWithPortAsUnderscore(string image, string expected)
    {
        Assert.True(ImageRewriteRules.TryGetProxiedName(ImageReference.Parse(image), Settings, out var name, out var error), error);
        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData("nginx", "docker.io/library/nginx,library/nginx,nginx,docker.io/nginx")]
    [InlineData("docker.io/library/nginx:1", "docker.io/library/nginx,library/nginx,nginx,docker.io/nginx")]
    [InlineData("acme/api:2", "docker.io/acme/api,acme/api")]
    [InlineData("docker.io/acme/team/api", "docker.io/acme/team/api,acme/team/api")]
    [InlineData("library/team/api", "docker.io/library/team/api,library/team/api")]
    [InlineData("quay.io/acme/api", "")]
    [InlineData("docker.io:443/acme/api", "")]
    public void DockerHubSpellings_Image_AllSpellingsKustomizeMaySee(string image, string expected)
    {
        Assert.Equal(expected, string.Join(',', ImageRewriteRules.DockerHubSpellings(ImageReference.Parse(image))));
    }

    [Theory]
    [InlineData("proxy.example.com/proxy/my-app/nginx:1", ImagePlacement.OnProxy)]
    [InlineData("PROXY.example.com/proxy/other-app/x", ImagePlacement.OnProxy)]
    [InlineData("proxy.example.com:443/proxy/my-app/x", ImagePlacement.OnProxy)]
    [InlineData("proxy.replicated.com/proxy/my-app/x", ImagePlacement.OnProxy)]
    [InlineData("registry.custom.io/my-app/api:1", ImagePlacement.OnRegistry)]
    [InlineData("registry.example.com/my-app/api:1", ImagePlacement.OnOtherRegistry)]
    [InlineData("quay.io/org/api", ImagePlacement.External)]
    [InlineData("nginx", ImagePlacement.External)]
    public void Classify_Image_Placement(string image, ImagePlacement expected)
    {
        Assert.Equal(expected, ImageRewriteRules.Classify(ImageReference.Parse(image), Settings));
    }

    [Fact]
    public void Classify_ProxyDomainWithPort_OtherPortsOfTheSameHostAreExternal()
    {
        var local = Settings with { ProxyHost = "127.0.0.1:5080", OtherProxyHosts = [] };

        Assert.Equal(ImagePlacement.OnProxy, ImageRewriteRules.Classify(ImageReference.Parse("127.0.0.1:5080/proxy/my-app/x"), local));
        Assert.Equal(ImagePlacement.External, ImageRewriteRules.Classify(ImageReference.Parse("127.0.0.1:5001/acme/api:1"), local));
    }

    [Fact]
    public void BuildImagesList_Mixed_SortedByImageThenSpellingsDeduplicatedFirstWins()
    {
        KnownImage[] known =
        [
            new("quay.io/b/x:1", true),
            new("nginx:1", true),
            new("docker.io/library/nginx:2", true),
            new("quay.io/a/public:1", false),
            new("quay.io/b/x:2", true),
            new("registry.example.com/my-app/api:1", true),
            new("registry.custom.io/my-app/ok:1", true),
            new("proxy.example.com/proxy/my-app/quay.io/c:1", true),
        ];

        var list = ImageRewriteRules.BuildImagesList(known, Settings);

        Assert.Equal(
            [
                ("docker.io/library/nginx", "proxy.example.com/proxy/my-app/docker.io/library/nginx"),
                ("library/nginx", "proxy.example.com/proxy/my-app/docker.io/library/nginx"),
                ("nginx", "proxy.example.com/proxy/my-app/docker.io/library/nginx"),
                ("docker.io/nginx", "proxy.example.com/proxy/my-app/docker.io/library/nginx"),
                ("quay.io/b/x", "proxy.example.com/proxy/my-app/quay.io/b/x"),
                ("registry.example.com/my-app/api", "registry.custom.io/my-app/api"),
            ],
            list.Select(i => (i.Name, i.NewName)));
    }

    [Theory]
    [InlineData("proxy.example.com", true)]
    [InlineData("proxy.example.com:8443", true)]
    [InlineData("localhost", true)]
    [InlineData("127.0.0.1:5080", true)]
    [InlineData("proxy", false)]
    [InlineData("https://proxy.example.com", false)]
    [InlineData("proxy.example.com/x", false)]
    [InlineData("proxy.example.com:99999", false)]
    [InlineData("", false)]
    public void TryParseDomain_Text_AcceptsRegistryHostsOnly(string domain, bool ok)
    {
        Assert.Equal(ok, RegistryHosts.TryParse(domain, out _, out _));
    }
}
