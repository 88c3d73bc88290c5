using System.Net;
using System.Net.Sockets;

namespace Wharf.Testing.Tests;

/// <summary>Registries of their own (not the shared fixture): auth modes and lifecycle.</summary>
public sealed class UpstreamRegistryTests
{
    [Fact]
    public async Task StartAsync_WithAuth_RefusesAnonymousAndAcceptsCredentials()
    {
        await using var registry = await UpstreamRegistry.StartAsync(new UpstreamRegistryOptions { Username = "u1", Password = "p1" });

        using var anonymous = await TestHttp.Client.SendAsync(TestHttp.Request(HttpMethod.Get, new Uri(registry.BaseUri, "v2/"), null));
        using var wrong = await TestHttp.Client.SendAsync(TestHttp.Request(HttpMethod.Get, new Uri(registry.BaseUri, "v2/"), new RegistryCredentials("u1", "nope")));
        using var right = await TestHttp.Client.SendAsync(TestHttp.Request(HttpMethod.Get, new Uri(registry.BaseUri, "v2/"), registry.Credentials));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Basic", Assert.Single(anonymous.Headers.WwwAuthenticate).Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal("u1", registry.Username);
        Assert.Equal("p1", registry.Password);
        Assert.StartsWith("127.0.0.1:", registry.Address, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_WithoutAuth_AnswersAnonymously()
    {
        await using var registry = await UpstreamRegistry.StartAsync(new UpstreamRegistryOptions { RequireAuth = false });

        using var response = await TestHttp.Client.SendAsync(TestHttp.Request(HttpMethod.Get, new Uri(registry.BaseUri, "v2/"), null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(registry.Credentials);
    }

    [Fact]
    public async Task StartAsync_DefaultOptions_GeneratesRandomPassword()
    {
        await using var first = await UpstreamRegistry.StartAsync();
        await using var second = await UpstreamRegistry.StartAsync();

        Assert.Equal("vendor", first.Username);
        Assert.NotEqual(first.Password, second.Password);
        Assert.True(first.Password!.Length >= 16);
        Assert.NotEqual(first.Port, second.Port);
    }

    [Fact]
    public async Task Log_AfterRequests_HasAccessLogAndInfoLog()
    {
        await using var registry = await UpstreamRegistry.StartAsync(new UpstreamRegistryOptions { RequireAuth = false });
        using var response = await TestHttp.Client.SendAsync(
            TestHttp.Request(HttpMethod.Head, new Uri(registry.BaseUri, "v2/acme/none/manifests/latest"), null));

        var count = await registry.CountRequestsAsync("HEAD", "/v2/acme/none/manifests/latest", status: 404);

        Assert.Equal(1, count);
        Assert.Contains("listening on " + registry.Address, registry.Log, StringComparison.Ordinal);
        Assert.Contains("response completed", registry.Log, StringComparison.Ordinal);
        Assert.DoesNotContain(registry.Requests, r => r.UserAgent == "wharf-testing-probe");
    }

    [Fact]
    public async Task DisposeAsync_Running_StopsServerAndDeletesStorage()
    {
        var registry = await UpstreamRegistry.StartAsync();
        var root = registry.Root;
        var port = registry.Port;
        Assert.True(Directory.Exists(root));

        await registry.DisposeAsync();

        Assert.False(Directory.Exists(root));
        using var client = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, port));
    }

    [Theory]
    [InlineData("""127.0.0.1 - - [25/Nov/2026:21:48:59 +0000] "GET /v2/ HTTP/1.1" 401 87 "" "curl/7.88.1" """, "GET", "/v2/", 401, 87L, "curl/7.88.1")]
    [InlineData("""127.0.0.1 - - [25/Nov/2026:21:48:59 +0000] "HEAD /v2/x/blobs/sha256:ab HTTP/1.1" 404 157 "" "containerd/1.6.20+unknown" """, "HEAD", "/v2/x/blobs/sha256:ab", 404, 157L, "containerd/1.6.20+unknown")]
    [InlineData("""127.0.0.1 - - [25/Nov/2026:21:48:59 +0000] "GET /v2/x/tags/list?n=10 HTTP/1.1" 200 - "http://r/" "skopeo/1.9.3" """, "GET", "/v2/x/tags/list?n=10", 200, 0L, "skopeo/1.9.3")]
    public void AccessLogEntry_CombinedLine_Parsed(string line, string method, string uri, int status, long bytes, string agent)
    {
        var entry = AccessLogEntry.TryParse(line.TrimEnd());

        Assert.Equal(new AccessLogEntry(method, uri, status, bytes, agent), entry);
    }

    [Fact]
    public void AccessLogEntry_InfoLine_NotParsed() =>
        Assert.Null(AccessLogEntry.TryParse("""time="2026-11-25T21:48:58Z" level=info msg="listening on 127.0.0.1:5999" """));
}
