using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Wharf.Oci;
using Wharf.Server.Tests.Fixtures;
using Wharf.Storage.Cache;
using Wharf.Testing;

namespace Wharf.Server.Tests.EndToEnd;

/// <summary>
/// Issue #5 "done means" 1 against the real upstream: single flight, fills that outlive clients, nothing unverified
/// cached, stale-on-error, LRU bound, ranges from the cache.
/// </summary>
public sealed class CacheTests : IAsyncLifetime
{
    private const long CacheBound = 6 * 1024 * 1024;
    private UpstreamRegistry _upstream = null!;
    private WharfServer _server = null!;
    private TempDirectory _layouts = null!;
    private string _licenseId = null!;
    private int _seed = 1000;

    public async Task InitializeAsync()
    {
        _layouts = TempDirectory.Create("wharf-cache-layouts-");
        _upstream = await UpstreamRegistry.StartAsync(new UpstreamRegistryOptions { Username = "vendor" });
        _server = await WharfServer.StartAsync(new Dictionary<string, string?>
        {
            ["CacheMaxMegabytes"] = (CacheBound / 1024 / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["TagTtlSeconds"] = "0",
        });
        await _server.CliOkAsync(["app", "create", "cache-app"]);
        await _server.CliOkAsync(["registry", "add", "--app", "cache-app", "http://" + _upstream.Address, "--username", "vendor", "--password-stdin"],
            stdin: _upstream.Password);
        _licenseId = ProxyEnvironment.ParseLicenseId(await _server.CliOkAsync(["license", "create", "--app", "cache-app", "--customer", "Cache Co"]));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _upstream.DisposeAsync();
        _layouts.Dispose();
    }

    private BlobStore Store => _server.Services.GetRequiredService<BlobStore>();

    /// <summary>Pushes an image with one fresh random layer of <paramref name="mib"/> MiB; returns the layer and its bytes.</summary>
    private async Task<(BlobInfo Layer, string Repository)> PushLayerAsync(int mib, string? registry = null)
    {
        var seed = Interlocked.Increment(ref _seed);
        var layout = OciImageBuilder.BigLayer(_layouts.Sub($"l{seed}"), "t", mib, seed);
        var repository = $"cache/img{seed}";
        var pushed = await Skopeo.PushAsync(layout, registry ?? _upstream.Address, repository, "t", _upstream.Credentials);
        return (pushed.Description.Image.Layers[0], repository);
    }

    private string BlobPath(string repository, string digest, string? upstream = null) =>
        $"/v2/proxy/cache-app/{(upstream ?? _upstream.Address).Replace(':', '_')}/{repository}/blobs/{digest}";

    private HttpRequestMessage Get(string path, string? range = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Authorization = WharfServer.Basic("LICENSE_ID", _licenseId) } };
        if (range is not null)
        {
            request.Headers.TryAddWithoutValidation("Range", range);
        }

        return request;
    }

    [Fact]
    public async Task TwentyConcurrentColdPulls_CauseOneUpstreamBlobGet()
    {
        var (layer, repository) = await PushLayerAsync(4);
        using var http = _server.Http();

        var hashes = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await http.SendAsync(Get(BlobPath(repository, layer.Digest)), HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return "sha256:" + Convert.ToHexStringLower(await SHA256.HashDataAsync(await response.Content.ReadAsStreamAsync()));
        }));

        Assert.All(hashes, h => Assert.Equal(layer.Digest, h));
        Assert.Equal(1, await _upstream.CountRequestsAsync("GET", $"/blobs/{layer.Digest}", status: 200));
        Assert.NotNull(Store.TryGet(Digest.Parse(layer.Digest)));
    }

    [Fact]
    public async Task ClientDisconnectsMidBlob_FillStillCommitsVerifiedEntry()
    {
        await using var relay = new ThrottledRelay(_upstream.Address);
        await _server.CliOkAsync(["registry", "add", "--app", "cache-app", "http://" + relay.Address, "--username", "vendor", "--password-stdin"], stdin: _upstream.Password);
        var (layer, repository) = await PushLayerAsync(2);
        using var http = _server.Http();

        using (var response = await http.SendAsync(Get(BlobPath(repository, layer.Digest, relay.Address)), HttpCompletionOption.ResponseHeadersRead))
        {
            var body = await response.Content.ReadAsStreamAsync();
            Assert.True(await body.ReadAsync(new byte[1024]) > 0);
            Assert.Null(Store.TryGet(Digest.Parse(layer.Digest))); // still filling (the relay is slow) when the client leaves
        }

        await Poll.UntilAsync(() => Store.TryGet(Digest.Parse(layer.Digest)) is not null, TimeSpan.FromSeconds(30), "the abandoned fill to commit");
        var cached = Store.TryGet(Digest.Parse(layer.Digest))!;
        Assert.Equal(layer.Digest, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(cached.Path))));
    }

    [Fact]
    public async Task CorruptedUpstreamBlob_FailsPullAndCachesNothing()
    {
        var (layer, repository) = await PushLayerAsync(1);
        var hex = layer.Digest[7..];
        var stored = Path.Combine(_upstream.Root, "docker", "registry", "v2", "blobs", "sha256", hex[..2], hex, "data");
        var bytes = await File.ReadAllBytesAsync(stored);
        bytes[bytes.Length / 2] ^= 0x55;
        await File.WriteAllBytesAsync(stored, bytes);
        using var http = _server.Http();

        using var response = await http.SendAsync(Get(BlobPath(repository, layer.Digest)), HttpCompletionOption.ResponseHeadersRead);
        var error = await Record.ExceptionAsync(async () => await (await response.Content.ReadAsStreamAsync()).CopyToAsync(Stream.Null));

        Assert.True(error is not null || response.StatusCode == HttpStatusCode.BadGateway, $"a corrupt blob was served: {response.StatusCode}");
        await Poll.UntilAsync(() => !Directory.EnumerateFiles(Store.TempDirectory).Any(), TimeSpan.FromSeconds(10), "the failed fill's temp file to go");
        Assert.Null(Store.TryGet(Digest.Parse(layer.Digest)));
    }

    [Fact]
    public async Task CachedBlob_RangesAndMultiRange_AreByteExact()
    {
        var (layer, repository) = await PushLayerAsync(1);
        using var http = _server.Http();
        using (var warm = await http.SendAsync(Get(BlobPath(repository, layer.Digest))))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        var bytes = await File.ReadAllBytesAsync(Store.TryGet(Digest.Parse(layer.Digest))!.Path);
        using var single = await http.SendAsync(Get(BlobPath(repository, layer.Digest), "bytes=100-199"));
        using var multi = await http.SendAsync(Get(BlobPath(repository, layer.Digest), "bytes=0-3,1000-1099,-5"));
        using var bad = await http.SendAsync(Get(BlobPath(repository, layer.Digest), $"bytes={bytes.Length + 10}-"));

        Assert.Equal(HttpStatusCode.PartialContent, single.StatusCode);
        Assert.Equal(bytes[100..200], await single.Content.ReadAsByteArrayAsync());
        Assert.Equal($"bytes 100-199/{bytes.Length}", single.Content.Headers.ContentRange!.ToString());
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, bad.StatusCode);

        Assert.Equal(HttpStatusCode.PartialContent, multi.StatusCode);
        var boundary = multi.Content.Headers.ContentType!.Parameters.Single(p => p.Name == "boundary").Value!;
        var parts = new List<(string Range, byte[] Body)>();
        var reader = new Microsoft.AspNetCore.WebUtilities.MultipartReader(boundary, await multi.Content.ReadAsStreamAsync());
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            using var buffer = new MemoryStream();
            await section.Body.CopyToAsync(buffer);
            parts.Add((section.Headers!["Content-Range"].ToString(), buffer.ToArray()));
        }

        Assert.Equal([$"bytes 0-3/{bytes.Length}", $"bytes 1000-1099/{bytes.Length}", $"bytes {bytes.Length - 5}-{bytes.Length - 1}/{bytes.Length}"], parts.Select(p => p.Range));
        Assert.Equal(bytes[..4], parts[0].Body);
        Assert.Equal(bytes[1000..1100], parts[1].Body);
        Assert.Equal(bytes[^5..], parts[2].Body);
        Assert.Equal(1, await _upstream.CountRequestsAsync("GET", $"/blobs/{layer.Digest}", status: 200));
    }

    [Fact]
    public async Task LruEviction_KeepsCacheUnderBound()
    {
        using var http = _server.Http();
        BlobInfo last = null!;
        for (var i = 0; i < 8; i++)
        {
            var (layer, repository) = await PushLayerAsync(1);
            using var response = await http.SendAsync(Get(BlobPath(repository, layer.Digest)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await Poll.UntilAsync(() => Store.TryGet(Digest.Parse(layer.Digest)) is not null, TimeSpan.FromSeconds(10), "the fill to commit");
            Assert.True(Store.TotalBytes <= CacheBound, $"cache holds {Store.TotalBytes} bytes, bound {CacheBound}");
            last = layer;
        }

        var onDisk = Directory.EnumerateFiles(Path.Combine(_server.DataPath, "cache", "blobs"), "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".mediatype", StringComparison.Ordinal)).Sum(f => new FileInfo(f).Length);
        Assert.True(onDisk <= CacheBound, $"{onDisk} bytes on disk, bound {CacheBound}");
        Assert.NotNull(Store.TryGet(Digest.Parse(last.Digest)));
    }

    [Fact]
    public async Task UpstreamStopped_PreviouslyPulledTagStillPullsWithSkopeo_AndLogSaysStale()
    {
        var own = await UpstreamRegistry.StartAsync(new UpstreamRegistryOptions { Username = "vendor" });
        await _server.CliOkAsync(["registry", "add", "--app", "cache-app", "http://" + own.Address, "--username", "vendor", "--password-stdin"], stdin: own.Password);
        var layout = OciImageBuilder.MultiLayer(_layouts.Sub("stale"));
        await Skopeo.PushAsync(layout, own.Address, "acme/stale", "1.0", own.Credentials);
        var reference = $"{_server.Address}/proxy/cache-app/{own.Address.Replace(':', '_')}/acme/stale:1.0";
        var creds = new RegistryCredentials("LICENSE_ID", _licenseId);
        using var dir = TempDirectory.Create("wharf-stale-");
        (await Skopeo.CopyToDirAsync(reference, Path.Combine(dir.Path, "warm"), creds)).EnsureSuccess();

        await own.DisposeAsync();
        var cold = await Skopeo.CopyToDirAsync(reference, Path.Combine(dir.Path, "stale"), creds);

        cold.EnsureSuccess();
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(dir.Path, "warm", "manifest.json")), await File.ReadAllBytesAsync(Path.Combine(dir.Path, "stale", "manifest.json")));
        Assert.Contains("stale: ", await _server.CliOkAsync(["pulls", "--limit", "50", "--output", "json"]), StringComparison.Ordinal);
    }
}
