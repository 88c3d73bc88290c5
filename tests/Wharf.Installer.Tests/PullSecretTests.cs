using System.Text;
using System.Text.Json;
using Wharf.Installer.Tests.Support;
using Wharf.Kots;
using Wharf.Testing;
using YamlDotNet.RepresentationModel;

namespace Wharf.Installer.Tests;

/// <summary>
/// The pull secret of SPEC §3.4 (issue #3, done means 3): byte-exact <c>.dockerconfigjson</c>, and the
/// same credentials as the secret <c>kubectl create secret docker-registry</c> makes.
/// </summary>
public class PullSecretTests
{
    private const string LicenseId = "2BqXf1wY3nKc8LmP0aZr7TgHsQe";

    [Fact]
    public void ForLicense_ProxyAndRegistry_IsByteExactSpecJson()
    {
        var json = ForLicense(LicenseId, "proxy.example.com", "registry.example.com");

        var b = Convert.ToBase64String(Encoding.UTF8.GetBytes("LICENSE_ID:" + LicenseId));
        Assert.Equal("{\"auths\":{\"proxy.example.com\":{\"auth\":\"" + b + "\"},\"registry.example.com\":{\"auth\":\"" + b + "\"}}}", json);
        Assert.Equal("TElDRU5TRV9JRDoyQnFYZjF3WTNuS2M4TG1QMGFacjdUZ0hzUWU=", b);
    }

    [Theory]
    [InlineData("zz.example.com", "aa.example.com", "aa.example.com,zz.example.com")]
    [InlineData("proxy.example.com", null, "proxy.example.com")]
    [InlineData("proxy.example.com", "proxy.example.com", "proxy.example.com")]
    [InlineData("127.0.0.1:5080", "registry.example.com", "127.0.0.1:5080,registry.example.com")]
    public void ForLicense_Hosts_SortedAndDistinct(string proxy, string? registry, string expectedHosts)
    {
        using var json = JsonDocument.Parse(ForLicense(LicenseId, proxy, registry));

        Assert.Equal(expectedHosts, string.Join(',', json.RootElement.GetProperty("auths").EnumerateObject().Select(p => p.Name)));
    }

    /// <summary>The JSON the installer's secret carries, through the one writer (Wharf.Kots).</summary>
    private static string ForLicense(string licenseId, string proxy, string? registry)
    {
        var context = new KotsContext { AppSlug = "my-app", LicenseId = licenseId, ProxyHost = proxy, RegistryHost = registry };
        Assert.True(KotsPullSecrets.TryLicenseDockerConfigJson(context, out var json, out var error), error);
        return json;
    }

    [Fact]
    public async Task RenderedSecret_ComparedWithKubectlCreateSecret_SameHostsAndDecodedAuth()
    {
        using var temp = TempDirectory.Create("wharf-secret-");
        var output = Path.Combine(temp.Path, "out");
        Assert.True((await GoldenRenderTests.RenderCaseAsync("registry-domain-swap", temp.Sub("scratch"), output)).Succeeded);
        var ours = SecretJson(await File.ReadAllTextAsync(Path.Combine(output, "overlays", "midstream", "secret.yaml")));

        foreach (var host in (string[])["proxy.example.com", "registry.acme-vendor.io"])
        {
            var kubectl = await ProcessRunner.RunCheckedAsync(Kubectl.Path,
            [
                "create", "secret", "docker-registry", "my-app-registry", "--docker-server=" + host,
                "--docker-username=LICENSE_ID", "--docker-password=" + LicenseId, "--dry-run=client", "-o", "yaml",
            ]);
            var theirs = SecretJson(kubectl.StdOut);
            var theirAuth = theirs.GetProperty("auths").GetProperty(host).GetProperty("auth").GetString()!;
            var ourAuth = ours.GetProperty("auths").GetProperty(host).GetProperty("auth").GetString()!;

            Assert.Equal(Encoding.UTF8.GetString(Convert.FromBase64String(theirAuth)), Encoding.UTF8.GetString(Convert.FromBase64String(ourAuth)));
            Assert.Equal("LICENSE_ID:" + LicenseId, Encoding.UTF8.GetString(Convert.FromBase64String(ourAuth)));
        }

        Assert.Equal(2, ours.GetProperty("auths").EnumerateObject().Count());
    }

    [Fact]
    public async Task RenderedSecret_Metadata_NameTypeAnnotationsAsSpecified()
    {
        using var temp = TempDirectory.Create("wharf-secret-");
        var output = Path.Combine(temp.Path, "out");
        Assert.True((await GoldenRenderTests.RenderCaseAsync("additional-namespaces", temp.Sub("scratch"), output)).Succeeded);

        var stream = new YamlStream();
        stream.Load(new StringReader(await File.ReadAllTextAsync(Path.Combine(output, "overlays", "midstream", "secret.yaml"))));

        var namespaces = new List<string>();
        foreach (var document in stream.Documents)
        {
            var root = (YamlMappingNode)document.RootNode;
            Assert.Equal("Secret", root["kind"].ToString());
            Assert.Equal("kubernetes.io/dockerconfigjson", root["type"].ToString());
            var metadata = (YamlMappingNode)root["metadata"];
            Assert.Equal("my-app-registry", metadata["name"].ToString());
            var annotations = (YamlMappingNode)metadata["annotations"];
            Assert.Equal("-9999", annotations["kots.io/creation-phase"].ToString());
            Assert.Equal("pre-install,pre-upgrade", annotations["helm.sh/hook"].ToString());
            Assert.Equal("-9999", annotations["helm.sh/hook-weight"].ToString());
            namespaces.Add(metadata["namespace"].ToString());
        }

        Assert.Equal(["acme", "monitoring", "logging"], namespaces);
    }

    private static JsonElement SecretJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var data = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["data"];
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(data[".dockerconfigjson"].ToString()));
        return JsonDocument.Parse(json).RootElement.Clone();
    }
}
