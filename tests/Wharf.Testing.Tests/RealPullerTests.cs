namespace Wharf.Testing.Tests;

/// <summary>Real pullers straight from the upstream: proves the TESTING.md recipes before they are used through Wharf.</summary>
[Collection(UpstreamWithImagesFixture.CollectionName)]
public sealed class RealPullerTests(UpstreamWithImagesFixture upstream)
{
    [Fact]
    public async Task PodmanPull_SingleWithCredentials_StoresImageWithPushedDigest()
    {
        await using var podman = await Podman.CreateAsync();

        var result = await podman.PullAsync(upstream.Single.Reference, upstream.Credentials);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(upstream.Single.Digest, await podman.ImageDigestAsync(upstream.Single.Reference));
    }

    [Fact]
    public async Task PodmanPull_WithoutCredentials_FailsUnauthorized()
    {
        await using var podman = await Podman.CreateAsync();

        var result = await podman.PullAsync(upstream.Single.Reference, credentials: null);

        Assert.False(result.Succeeded);
        Assert.Contains("authentication required", result.StdErr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CtrPull_SingleWithCredentials_StoresImageWithPushedDigest()
    {
        await using var containerd = await Containerd.StartAsync();

        var result = await containerd.PullAsync(upstream.Single.Reference, upstream.Credentials);

        Assert.True(result.Succeeded, result.Describe());
        var images = await containerd.ListImagesAsync();
        Assert.Equal(upstream.Single.Digest, images[upstream.Single.Reference]);
    }

    [Fact]
    public async Task CtrPull_MultiAllPlatforms_FetchesEveryPlatformBlob()
    {
        await using var containerd = await Containerd.StartAsync();
        var before = upstream.Multi.Description.Blobs
            .ToDictionary(b => b.Digest, b => upstream.Registry.CountRequests("GET", $"/v2/acme/multi/blobs/{b.Digest}", 200));

        var result = await containerd.PullAsync(upstream.Multi.Reference, upstream.Credentials, allPlatforms: true);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(upstream.Multi.Digest, (await containerd.ListImagesAsync())[upstream.Multi.Reference]);
        await upstream.Registry.SyncLogAsync();
        Assert.All(before, b => Assert.Equal(b.Value + 1, upstream.Registry.CountRequests("GET", $"/v2/acme/multi/blobs/{b.Key}", 200)));
    }

    [Fact]
    public async Task CtrPull_LoopbackWithoutPlainHttp_FallsBackToHttp()
    {
        // Quirk: containerd 1.6 falls back from HTTPS to HTTP for localhost/127.0.0.1 on its own,
        // so the "server gave HTTP response to HTTPS client" error cannot be provoked on loopback.
        await using var containerd = await Containerd.StartAsync();

        var result = await containerd.PullAsync(upstream.Single.Reference, upstream.Credentials, plainHttp: false);

        Assert.True(result.Succeeded, result.Describe());
    }

    [Fact]
    public async Task PodmanPull_TlsVerify_FailsWithHttpsError()
    {
        await using var podman = await Podman.CreateAsync();

        var result = await podman.PullAsync(upstream.Single.Reference, upstream.Credentials, tlsVerify: true);

        Assert.False(result.Succeeded);
        Assert.Contains("server gave HTTP response to HTTPS client", result.StdErr, StringComparison.Ordinal);
    }
}
