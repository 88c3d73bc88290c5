using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Wharf.Server.Tests.Fixtures;
using Wharf.Testing;

namespace Wharf.Server.Tests.EndToEnd;

/// <summary>The distribution API details of SPEC §2.1 and §2.3 through Wharf: errors, ranges, tags paging, referrers, slugs, anonymous upstreams.</summary>
[Collection(ProxyCollection.Name)]
public sealed class ProxyProtocolTests(ProxyEnvironment env)
{
    private AuthenticationHeaderValue License => WharfServer.Basic("LICENSE_ID", env.LicenseId);

    private async Task<HttpResponseMessage> SendAsync(string path, Action<HttpRequestMessage>? configure = null, HttpMethod? method = null)
    {
        using var http = env.Server.Http();
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, path) { Headers = { Authorization = License } };
        configure?.Invoke(request);
        return await http.SendAsync(request);
    }

    [Fact]
    public async Task Manifest_UnknownTag_Returns404ManifestUnknown()
    {
        using var response = await SendAsync($"/v2/{env.ProxyRepository("acme/single")}/manifests/no-such-tag");

        await OciAssert.ErrorAsync(response, HttpStatusCode.NotFound, "MANIFEST_UNKNOWN");
    }

    [Fact]
    public async Task Blob_UnknownDigest_Returns404BlobUnknown()
    {
        using var response = await SendAsync($"/v2/{env.ProxyRepository("acme/single")}/blobs/sha256:{new string('0', 64)}");

        await OciAssert.ErrorAsync(response, HttpStatusCode.NotFound, "BLOB_UNKNOWN");
    }

    [Fact]
    public async Task Blob_HeadAndSingleRange_AreByteExact()
    {
        var layer = env.Upstream.Layers.Description.Image.Layers[0];
        var bytes = await File.ReadAllBytesAsync(env.Upstream.LayersLayout.BlobPath(layer.Digest));
        var path = $"/v2/{env.ProxyRepository("acme/layers")}/blobs/{layer.Digest}";

        using var head = await SendAsync(path, method: HttpMethod.Head);
        using var range = await SendAsync(path, r => r.Headers.Range = new RangeHeaderValue(5, 14));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(layer.Size, head.Content.Headers.ContentLength);
        Assert.Equal(layer.Digest, head.Headers.GetValues("Docker-Content-Digest").Single());
        Assert.Equal(HttpStatusCode.PartialContent, range.StatusCode);
        Assert.Equal($"bytes 5-14/{bytes.Length}", range.Content.Headers.ContentRange!.ToString());
        Assert.Equal(bytes[5..15], await range.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Blob_MultiRange_PassesMultipartByteranges()
    {
        var layer = env.Upstream.Layers.Description.Image.Layers[0];
        var bytes = await File.ReadAllBytesAsync(env.Upstream.LayersLayout.BlobPath(layer.Digest));

        using var response = await SendAsync($"/v2/{env.ProxyRepository("acme/layers")}/blobs/{layer.Digest}",
            r => r.Headers.TryAddWithoutValidation("Range", "bytes=0-3,10-13"));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("multipart/byteranges", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(body.AsSpan().IndexOf(bytes.AsSpan(0, 4)) >= 0 && body.AsSpan().IndexOf(bytes.AsSpan(10, 4)) >= 0);
    }

    [Fact]
    public async Task Referrers_UpstreamWithoutApi_ReturnsEmptyOciIndex()
    {
        using var response = await SendAsync($"/v2/{env.ProxyRepository("acme/single")}/referrers/{env.Upstream.Single.Digest}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.oci.image.index.v1+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, json.RootElement.GetProperty("manifests").GetArrayLength());
    }

    [Fact]
    public async Task TagsList_WithPagination_RewritesNameAndLink()
    {
        foreach (var tag in new[] { "a", "b", "c" })
        {
            (await Skopeo.CopyToRegistryAsync(env.Upstream.SingleLayout.LayoutDirectory, env.Upstream.SingleLayout.Tag,
                env.Upstream.Registry.Address, "acme/paged", tag, env.Upstream.Credentials)).EnsureSuccess();
        }

        var repository = env.ProxyRepository("acme/paged");
        using var first = await SendAsync($"/v2/{repository}/tags/list?n=2");
        using var json = JsonDocument.Parse(await first.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(repository, json.RootElement.GetProperty("name").GetString());
        Assert.Equal(["a", "b"], json.RootElement.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var link = first.Headers.GetValues("Link").Single();
        Assert.StartsWith($"</v2/{repository}/tags/list?", link, StringComparison.Ordinal);
        Assert.EndsWith(">; rel=\"next\"", link, StringComparison.Ordinal);

        using var second = await SendAsync(link[1..link.IndexOf('>', StringComparison.Ordinal)]);
        using var rest = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal(["c"], rest.RootElement.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task RegistrySlug_ReachesLinkedRegistry()
    {
        await env.Server.CliOkAsync(
            ["registry", "add", "--app", ProxyEnvironment.App, "http://" + env.Upstream.Registry.Address, "--slug", "vendor-reg",
             "--username", UpstreamWithImagesFixture.Username, "--password-stdin"],
            stdin: env.Upstream.Credentials.Password);
        var image = env.Upstream.Single;

        var result = (await Skopeo.InspectRawAsync($"{env.Server.Address}/proxy/{ProxyEnvironment.App}/vendor-reg/{image.Repository}:{image.Tag}", env.LicenseCreds)).EnsureSuccess();

        Assert.Equal(image.Description.TopRaw, result.StdOutBytes);
    }

    [Fact]
    public async Task AnonymousUpstream_LinkedExplicitly_Pulls()
    {
        await using var open = await UpstreamRegistry.StartAsync(new UpstreamRegistryOptions { RequireAuth = false });
        var pushed = await Skopeo.PushAsync(env.Upstream.LayersLayout, open.Address, "pub/layers", "3.0", null);
        await env.Server.CliOkAsync(["app", "create", "open-app"]);
        var refused = await env.Server.CliAsync(["registry", "add", "--app", "open-app", "http://" + open.Address]);
        await env.Server.CliOkAsync(["registry", "add", "--app", "open-app", "http://" + open.Address, "--anonymous"]);
        var licenseId = await env.NewLicenseAsync("Open Customer", app: "open-app");

        var reference = $"{env.Server.Address}/proxy/open-app/{open.Address.Replace(':', '_')}/pub/layers:3.0";
        var result = (await Skopeo.InspectRawAsync(reference, new RegistryCredentials("LICENSE_ID", licenseId))).EnsureSuccess();

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--anonymous", refused.Error, StringComparison.Ordinal);
        Assert.Equal(pushed.Description.TopRaw, result.StdOutBytes);
    }

    [Fact]
    public async Task PullLog_RecordsManifestAndBlobRowsWithBytes()
    {
        var image = env.Upstream.Single;
        using var dir = TempDirectory.Create("wharf-copy-");
        (await Skopeo.CopyToDirAsync(env.ProxyReference(image.Repository, image.Tag), Path.Combine(dir.Path, "i"), env.LicenseCreds)).EnsureSuccess();

        var rows = JsonDocument.Parse(await env.Server.CliOkAsync(["pulls", "--limit", "10000", "--output", "json"])).RootElement.EnumerateArray().ToList();
        var layer = image.Description.Image.Layers[0];

        Assert.Contains(rows, r => r.GetProperty("action").GetString() == "manifest" && r.GetProperty("reference").GetString() == "1.0"
            && r.GetProperty("customer").GetString() == "Acme Corp" && r.GetProperty("status").GetInt32() == 200);
        Assert.Contains(rows, r => r.GetProperty("action").GetString() == "blob" && r.GetProperty("reference").GetString() == layer.Digest
            && r.GetProperty("bytes").GetInt64() == layer.Size && r.GetProperty("image").GetString() == $"{env.Upstream.Registry.Address}/{image.Repository}");
    }
}
