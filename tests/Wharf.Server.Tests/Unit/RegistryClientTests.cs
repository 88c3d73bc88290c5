using System.Net;
using Wharf.Server.Tests.Fixtures;
using Wharf.Upstream;

namespace Wharf.Server.Tests.Unit;

/// <summary>The upstream client against a Bearer-challenge registry double (SPEC §2.3).</summary>
public sealed class RegistryClientTests : IAsyncLifetime
{
    private FakeTokenRegistry _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeTokenRegistry.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private UpstreamEndpoint Endpoint(string password = FakeTokenRegistry.Password) =>
        new(_fake.Host, PlainHttp: true, new UpstreamCredentials(FakeTokenRegistry.User, password));

    [Fact]
    public async Task SendAsync_BearerChallenge_FetchesTokenOnceAndCachesIt()
    {
        using var client = new RegistryClient(TimeProvider.System);

        using var first = await client.SendAsync(Endpoint(), HttpMethod.Get, "org/app", "manifests/1.0", null, CancellationToken.None);
        using var second = await client.SendAsync(Endpoint(), HttpMethod.Get, "org/app", "manifests/1.0", null, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(FakeTokenRegistry.Manifest, await second.Content.ReadAsByteArrayAsync());
        Assert.Single(_fake.TokenRequests);
        Assert.Contains("scope=repository%3Aorg%2Fapp%3Apull", _fake.TokenRequests.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_WrongCredentials_Returns401()
    {
        using var client = new RegistryClient(TimeProvider.System);

        using var response = await client.SendAsync(Endpoint("wrong"), HttpMethod.Get, "org/app", "manifests/1.0", null, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SendAsync_BlobRedirect_FollowsWithoutSendingCredentials()
    {
        using var client = new RegistryClient(TimeProvider.System);

        using var response = await client.SendAsync(Endpoint(), HttpMethod.Get, "org/app", "blobs/sha256:" + new string('a', 64), null, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FakeTokenRegistry.Blob, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal([""], _fake.StorageAuthorizationHeaders);
    }

    [Fact]
    public void Credentials_ToString_IsRedacted()
    {
        Assert.DoesNotContain(FakeTokenRegistry.Password, new UpstreamCredentials(FakeTokenRegistry.User, FakeTokenRegistry.Password).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeTokenRegistry.Password, Endpoint().ToString(), StringComparison.Ordinal);
    }
}
