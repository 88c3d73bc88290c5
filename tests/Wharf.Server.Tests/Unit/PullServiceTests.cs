using Wharf.Oci;
using Wharf.Proxy.Policy;
using Wharf.Proxy.Pull;
using Wharf.Server.Tests.Fixtures;
using Wharf.Upstream;

namespace Wharf.Server.Tests.Unit;

/// <summary>Upstream answers mapped to OCI errors (SPEC §2.3), against the in-process Bearer registry double.</summary>
public sealed class PullServiceTests : IAsyncLifetime
{
    private FakeTokenRegistry _fake = null!;
    private RegistryClient _client = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeTokenRegistry.StartAsync();
        _client = new RegistryClient(TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _fake.DisposeAsync();
    }

    private UpstreamTarget Target(string repository) =>
        new(1, new UpstreamEndpoint(_fake.Host, PlainHttp: true, new UpstreamCredentials(FakeTokenRegistry.User, FakeTokenRegistry.Password)), repository);

    [Fact]
    public async Task GetManifest_ByTag_ComputesDigestOfUpstreamBytes()
    {
        var result = await new PullService(_client).GetManifestAsync(Target("org/app"), "1.0", headOnly: false, MediaTypes.ManifestAcceptHeader, CancellationToken.None);

        Assert.Null(result.Failure);
        Assert.Equal(FakeTokenRegistry.Manifest, result.Content);
        Assert.Equal(Digest.ComputeSha256(FakeTokenRegistry.Manifest), result.Digest);
    }

    [Fact]
    public async Task GetManifest_ByWrongDigest_FailsVerification()
    {
        var wrong = "sha256:" + new string('1', 64);

        var result = await new PullService(_client).GetManifestAsync(Target("org/app"), wrong, headOnly: false, [], CancellationToken.None);

        Assert.Equal(OciErrorCode.UpstreamUnavailable, result.Failure!.Error.Code);
    }

    [Theory]
    [InlineData("org/limited", "TOOMANYREQUESTS", "7")]
    [InlineData("org/broken", "UPSTREAM_UNAVAILABLE", null)]
    [InlineData("org/missing", "MANIFEST_UNKNOWN", null)]
    public async Task GetManifest_UpstreamFailure_MapsToOciError(string repository, string code, string? retryAfter)
    {
        var result = await new PullService(_client).GetManifestAsync(Target(repository), "2.0", headOnly: false, [], CancellationToken.None);

        Assert.Equal(code, result.Failure!.Error.Code.Code);
        Assert.Equal(retryAfter, result.Failure.RetryAfter);
    }

    [Fact]
    public async Task OpenBlob_ClosedPort_IsUpstreamUnavailable()
    {
        var closed = new UpstreamTarget(1, new UpstreamEndpoint($"127.0.0.1:{Wharf.Testing.FreePort.Get()}", true, null), "x/y");

        using var result = await new PullService(_client).OpenBlobAsync(closed, Digest.ComputeSha256([]), headOnly: false, null, CancellationToken.None);

        Assert.Equal(OciErrorCode.UpstreamUnavailable, result.Failure!.Error.Code);
        Assert.Equal(502, result.Failure.Error.HttpStatus);
    }
}
