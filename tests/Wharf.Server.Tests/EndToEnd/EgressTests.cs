using System.Text.Json;
using Wharf.Cli.Admin;
using Wharf.Server.Admin;
using Wharf.Server.Tests.Fixtures;
using Wharf.Testing;

namespace Wharf.Server.Tests.EndToEnd;

/// <summary>
/// SPEC §2.5 "egress per customer and image": real skopeo copies through Wharf from the real distribution registry,
/// and <c>wharf egress</c> reports exactly the bytes of every manifest, config and layer served.
/// </summary>
[Collection(ProxyCollection.Name)]
public sealed class EgressTests(ProxyEnvironment env)
{
    [Fact]
    public async Task SkopeoCopies_ThenEgressByCustomerAndImage_EqualsManifestConfigAndLayerBytes()
    {
        // A license of its own, so other tests' pulls through the shared fixture never mix in.
        var licenseId = await env.NewLicenseAsync("Egress Co");
        var creds = new RegistryCredentials(licenseId, licenseId);
        var layers = env.Upstream.Layers;
        var multi = env.Upstream.Multi;
        using var dir = TempDirectory.Create("wharf-egress-");

        (await Skopeo.CopyToDirAsync(env.ProxyReference(layers.Repository, layers.Tag), Path.Combine(dir.Path, "layers"), creds)).EnsureSuccess();
        (await Skopeo.CopyToDirAsync(env.ProxyReference(multi.Repository, multi.Tag), Path.Combine(dir.Path, "multi"), creds, all: true)).EnsureSuccess();

        var json = await env.Server.CliOkAsync(["egress", "--app", ProxyEnvironment.App, "--output", "json"]);
        var rows = JsonSerializer.Deserialize<List<EgressView>>(json, AdminClient.Json)!.Where(r => r.LicenseId == licenseId).ToList();
        var layersRow = Assert.Single(rows, r => r.Image!.EndsWith("/" + layers.Repository, StringComparison.Ordinal));
        var multiRow = Assert.Single(rows, r => r.Image!.EndsWith("/" + multi.Repository, StringComparison.Ordinal));
        Assert.Equal(2, rows.Count);

        Assert.Equal("Egress Co", layersRow.Customer);
        Assert.Equal(ServedBytes(layers), layersRow.Bytes);
        Assert.Equal(layers.Description.Blobs.Count, layersRow.Blobs);
        Assert.Equal(ServedBytes(multi), multiRow.Bytes);
        Assert.Equal(1 + multi.Description.Manifests.Count, multiRow.Pulls);
    }

    /// <summary>The top manifest (an index's platform manifests too), then every distinct config and layer.</summary>
    private static long ServedBytes(PushedImage image)
    {
        var platformManifests = image.Description.IsIndex ? image.Description.Manifests.Sum(m => m.Manifest.Size) : 0;
        return image.Description.TopRaw.Length + platformManifests + image.Description.Blobs.Sum(b => b.Size);
    }
}
