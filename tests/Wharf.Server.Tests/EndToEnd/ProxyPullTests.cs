using System.Security.Cryptography;
using Wharf.Server.Tests.Fixtures;
using Wharf.Testing;

namespace Wharf.Server.Tests.EndToEnd;

/// <summary>
/// Issue #2 "done means" 2: real skopeo (and podman, containerd) pull through Wharf from a real auth-enabled
/// distribution registry, and get exactly the upstream's bytes.
/// </summary>
[Collection(ProxyCollection.Name)]
public sealed class ProxyPullTests(ProxyEnvironment env)
{
    public static TheoryData<string> Images => new() { "single", "multi", "layers" };

    private PushedImage Image(string name) => name switch
    {
        "single" => env.Upstream.Single,
        "multi" => env.Upstream.Multi,
        _ => env.Upstream.Layers,
    };

    [Theory]
    [MemberData(nameof(Images))]
    public async Task SkopeoInspect_WithLicenseIdUser_ReturnsUpstreamManifestBytes(string name)
    {
        var image = Image(name);
        var result = (await Skopeo.InspectRawAsync(env.ProxyReference(image.Repository, image.Tag), env.LicenseCreds)).EnsureSuccess();

        Assert.Equal(image.Description.TopRaw, result.StdOutBytes);
        Assert.Equal(image.Digest, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(result.StdOutBytes)));
    }

    [Theory]
    [MemberData(nameof(Images))]
    public async Task SkopeoCopy_WithIdAsUserAndPassword_CopiesEveryBlobWithUpstreamDigests(string name)
    {
        var image = Image(name);
        using var dir = TempDirectory.Create("wharf-copy-");
        var destination = Path.Combine(dir.Path, "image");
        var creds = new RegistryCredentials(env.LicenseId, env.LicenseId);

        (await Skopeo.CopyToDirAsync(env.ProxyReference(image.Repository, image.Tag), destination, creds, all: image.Description.IsIndex)).EnsureSuccess();

        var expected = image.Description.Blobs.Select(b => b.Digest[7..]).ToHashSet();
        var copied = Directory.GetFiles(destination).Select(Path.GetFileName).Where(f => f!.Length == 64).ToHashSet();
        Assert.Subset(copied!, expected);
        foreach (var hex in expected)
        {
            Assert.Equal(hex, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(destination, hex)))));
        }

        Assert.Equal(image.Description.TopRaw, await File.ReadAllBytesAsync(Path.Combine(destination, "manifest.json")));
    }

    [Fact]
    public async Task SkopeoCopy_ByDigest_Succeeds()
    {
        var image = env.Upstream.Layers;
        using var dir = TempDirectory.Create("wharf-copy-");

        (await Skopeo.CopyToDirAsync(env.ProxyReference(image.Repository, image.Digest), Path.Combine(dir.Path, "i"), env.LicenseCreds)).EnsureSuccess();

        Assert.Equal(image.Description.TopRaw, await File.ReadAllBytesAsync(Path.Combine(dir.Path, "i", "manifest.json")));
    }

    [Fact]
    public async Task SkopeoListTags_ThroughProxy_ListsUpstreamTags()
    {
        var result = await Skopeo.ListTagsAsync($"{env.Server.Address}/{env.ProxyRepository("acme/single")}", env.LicenseCreds);

        Assert.Equal(["1.0"], Skopeo.ParseTags(result));
    }

    [Fact]
    public async Task SkopeoInspect_ThroughCustomDomain_Succeeds()
    {
        // "localhost" resolves to loopback everywhere, so a real client can use it as a custom domain.
        await env.Server.CliOkAsync(["domain", "add", "--app", ProxyEnvironment.App, "localhost"]);
        var image = env.Upstream.Single;
        var reference = env.ProxyReference(image.Repository, image.Tag, host: $"localhost:{env.Server.Port}");

        var result = (await Skopeo.InspectRawAsync(reference, env.LicenseCreds)).EnsureSuccess();

        Assert.Equal(image.Description.TopRaw, result.StdOutBytes);
    }

    [Fact]
    public async Task PodmanPull_ThroughProxy_StoresUpstreamDigest()
    {
        await using var podman = await Podman.CreateAsync();
        var image = env.Upstream.Single;
        var reference = env.ProxyReference(image.Repository, image.Tag);

        (await podman.PullAsync(reference, env.LicenseCreds)).EnsureSuccess();

        Assert.Equal(image.Digest, await podman.ImageDigestAsync(reference));
    }

    [Fact]
    public async Task ContainerdPull_ThroughProxy_UsesOAuthPostAndStoresUpstreamDigest()
    {
        await using var containerd = await Containerd.StartAsync();
        var image = env.Upstream.Multi;
        var reference = env.ProxyReference(image.Repository, image.Tag);

        (await containerd.PullAsync(reference, env.LicenseCreds, allPlatforms: true)).EnsureSuccess();

        var images = await containerd.ListImagesAsync();
        Assert.Equal(image.Digest, images[reference]);
        var pulls = await env.Server.CliOkAsync(["pulls", "--limit", "1000", "--output", "json"]);
        Assert.Contains("oauth2 password grant", pulls, StringComparison.Ordinal);
    }
}
