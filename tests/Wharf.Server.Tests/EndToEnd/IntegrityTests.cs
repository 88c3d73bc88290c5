using System.Net;
using System.Net.Http.Headers;
using Wharf.Server.Tests.Fixtures;
using Wharf.Testing;

namespace Wharf.Server.Tests.EndToEnd;

/// <summary>
/// Issue #2 "done means" 4 and 5: an upstream serving wrong bytes makes the pull fail (never a silent success), and
/// the server's logs never contain the upstream password or a license ID.
/// </summary>
[Collection(ProxyCollection.Name)]
public sealed class IntegrityTests(ProxyEnvironment env)
{
    [Fact]
    public async Task Blob_UpstreamServesWrongBytes_ClientPullFails()
    {
        // A layer no other test shares: distribution stores blobs once per registry, by digest.
        using var layouts = TempDirectory.Create("wharf-corrupt-");
        var layout = OciImageBuilder.BigLayer(layouts.Sub("img"), "bad", sizeMiB: 1, seed: 4242);
        var pushed = await Skopeo.PushAsync(layout, env.Upstream.Registry.Address, "acme/corrupt", "bad", env.Upstream.Credentials);
        var layer = pushed.Description.Image.Layers[0];
        var hex = layer.Digest[7..];
        var stored = Path.Combine(env.Upstream.Registry.Root, "docker", "registry", "v2", "blobs", "sha256", hex[..2], hex, "data");
        var bytes = await File.ReadAllBytesAsync(stored);
        bytes[^1] ^= 0xFF; // same length, last byte wrong: only a check at the very end can catch it
        await File.WriteAllBytesAsync(stored, bytes);

        using var http = env.Server.Http();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v2/{env.ProxyRepository("acme/corrupt")}/blobs/{layer.Digest}")
        {
            Headers = { Authorization = WharfServer.Basic("LICENSE_ID", env.LicenseId) },
        };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            // The check finished before the first byte went out: a clean error instead of a cut stream.
            await OciAssert.ErrorAsync(response, HttpStatusCode.BadGateway, "UPSTREAM_UNAVAILABLE");
        }
        else
        {
            var body = await response.Content.ReadAsStreamAsync();
            var received = 0L;
            var error = await Record.ExceptionAsync(async () =>
            {
                var buffer = new byte[81920];
                int n;
                while ((n = await body.ReadAsync(buffer)) > 0)
                {
                    received += n;
                }
            });

            Assert.NotNull(error);
            Assert.True(received < layer.Size, $"the client received all {received} bytes of a corrupt blob");
        }

        using var dir = TempDirectory.Create("wharf-copy-");
        var copy = await Skopeo.CopyToDirAsync(env.ProxyReference("acme/corrupt", "bad"), Path.Combine(dir.Path, "i"), env.LicenseCreds);
        Assert.False(copy.Succeeded, "skopeo copied a corrupt image successfully: " + copy.Describe());
    }

    [Fact]
    public async Task ServerLogs_AfterPullsAndAdmin_ContainNoPasswordOrLicenseId()
    {
        // Exercise the paths that see secrets: registry linking, token flow, Basic pulls, refusals.
        var image = env.Upstream.Layers;
        (await Skopeo.InspectRawAsync(env.ProxyReference(image.Repository, image.Tag), env.LicenseCreds)).EnsureSuccess();
        using var dir = TempDirectory.Create("wharf-copy-");
        (await Skopeo.CopyToDirAsync(env.ProxyReference(image.Repository, image.Tag), Path.Combine(dir.Path, "i"),
            new RegistryCredentials(env.LicenseId, env.LicenseId))).EnsureSuccess();
        using var http = env.Server.Http();
        using var denied = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/v2/{env.ProxyRepository("acme/single", ProxyEnvironment.OtherApp)}/manifests/1.0")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("LICENSE_ID:" + env.LicenseId))) },
        });
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);

        var logs = env.Server.Log.All;
        Assert.NotEmpty(env.Server.Log.Lines);
        Assert.DoesNotContain(env.Upstream.Credentials.Password, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(env.LicenseId, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(env.OtherLicenseId, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(env.Server.VendorToken, logs, StringComparison.Ordinal);
    }
}
