using Wharf.Installer.Probe;
using Wharf.Installer.Tests.Support;
using Wharf.Oci;
using Wharf.Testing;

namespace Wharf.Installer.Tests;

/// <summary>
/// The private-image probe of SPEC §3.2 (issue #3, done means 4) against a real CNCF distribution
/// registry with and without auth, a closed port, and scripted servers for what a real registry
/// does not do on demand (cutting a response short, a Bearer token flow, never answering).
/// </summary>
public sealed class ProbeTests(ProbeRegistries registries) : IClassFixture<ProbeRegistries>
{
    private readonly UpstreamRegistry withAuth = registries.WithAuth;
    private readonly UpstreamRegistry anonymous = registries.Anonymous;

    [Fact]
    public async Task ProbeAsync_RegistryWithAuth_Private()
    {
        var result = await ProbeAsync($"{withAuth.Address}/acme/api:1.0");

        Assert.True(result.IsPrivate);
        Assert.Equal("HTTP 401", result.Reason);
    }

    [Fact]
    public async Task ProbeAsync_RegistryWithoutAuth_Public()
    {
        var result = await ProbeAsync($"{anonymous.Address}/acme/api:1.0");

        Assert.False(result.IsPrivate, result.Reason);
    }

    [Fact]
    public async Task ProbeAsync_ManifestListWithoutAuth_Public()
    {
        var result = await ProbeAsync($"{anonymous.Address}/acme/multi:2.0");

        Assert.False(result.IsPrivate, result.Reason);
    }

    [Fact]
    public async Task ProbeAsync_MissingImageWithoutAuth_Private()
    {
        var result = await ProbeAsync($"{anonymous.Address}/acme/nothing:1.0");

        Assert.True(result.IsPrivate);
        Assert.Equal("HTTP 404", result.Reason);
    }

    [Fact]
    public async Task ProbeAsync_ClosedPort_Private()
    {
        var result = await ProbeAsync($"127.0.0.1:{FreePort.Get()}/acme/api:1.0");

        Assert.True(result.IsPrivate);
        Assert.StartsWith("unreachable", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_ResponseCutShort_RetriedThreeTimesThenPrivate()
    {
        await using var server = new ScriptedHttpServer(async (request, stream) =>
        {
            var head = "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.oci.image.manifest.v1+json\r\nContent-Length: 1000\r\n\r\n{\"schemaVersion\":2,"u8.ToArray();
            await stream.WriteAsync(head);
        });

        var result = await ProbeAsync($"{server.Address}/acme/api:1.0");

        Assert.True(result.IsPrivate);
        Assert.Equal("response cut short 4 times", result.Reason);
        Assert.Equal(4, server.Connections);
    }

    [Fact]
    public async Task ProbeAsync_CutShortOnceThenComplete_Public()
    {
        var attempts = 0;
        await using var server = new ScriptedHttpServer(async (request, stream) =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"u8.ToArray());
                return;
            }

            await ScriptedHttpServer.RespondAsync(stream, 200, "{\"schemaVersion\":2}", "Content-Type: application/vnd.oci.image.manifest.v1+json");
        });

        var result = await ProbeAsync($"{server.Address}/acme/api:1.0");

        Assert.False(result.IsPrivate, result.Reason);
        Assert.Equal(2, server.Connections);
    }

    [Fact]
    public async Task ProbeAsync_BearerChallengeWithAnonymousToken_PublicAndAsksForPullScope()
    {
        ScriptedHttpServer? server = null;
        server = new ScriptedHttpServer(async (request, stream) =>
        {
            if (request.Target.StartsWith("/token", StringComparison.Ordinal))
            {
                await ScriptedHttpServer.RespondAsync(stream, 200, "{\"token\":\"anon-token\"}", "Content-Type: application/json");
            }
            else if (request.Headers.TryGetValue("Authorization", out var auth) && auth == "Bearer anon-token")
            {
                await ScriptedHttpServer.RespondAsync(stream, 200, "{\"schemaVersion\":2}", "Content-Type: application/vnd.oci.image.manifest.v1+json");
            }
            else
            {
                await ScriptedHttpServer.RespondAsync(stream, 401, "{}",
                    $"WWW-Authenticate: Bearer realm=\"http://{server!.Address}/token\",service=\"test-registry\",scope=\"repository:acme/api:pull\"");
            }
        });
        await using var _ = server;

        var result = await ProbeAsync($"{server.Address}/acme/api:1.0");

        Assert.False(result.IsPrivate, result.Reason);
        var token = Assert.Single(server.Requests, r => r.Target.StartsWith("/token", StringComparison.Ordinal));
        Assert.Equal("/token?service=test-registry&scope=repository%3Aacme%2Fapi%3Apull", token.Target);
        Assert.False(token.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task ProbeAsync_BearerChallengeTokenRefused_Private()
    {
        ScriptedHttpServer? server = null;
        server = new ScriptedHttpServer(async (request, stream) =>
        {
            if (request.Target.StartsWith("/token", StringComparison.Ordinal))
            {
                await ScriptedHttpServer.RespondAsync(stream, 401, "{\"errors\":[]}");
            }
            else
            {
                await ScriptedHttpServer.RespondAsync(stream, 401, "{}", $"WWW-Authenticate: Bearer realm=\"http://{server!.Address}/token\",service=\"s\"");
            }
        });
        await using var _ = server;

        var result = await ProbeAsync($"{server.Address}/acme/api:1.0");

        Assert.True(result.IsPrivate);
        Assert.Equal("anonymous token refused: HTTP 401", result.Reason);
    }

    [Fact]
    public async Task ProbeAsync_ServerNeverAnswers_PrivateAtTheTimeout()
    {
        var release = new TaskCompletionSource();
        await using var server = new ScriptedHttpServer(async (request, stream) => await release.Task);

        var result = await ProbeAsync($"{server.Address}/acme/api:1.0", TimeSpan.FromMilliseconds(300));
        release.SetResult();

        Assert.True(result.IsPrivate);
        Assert.StartsWith("timed out", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_DigestReference_AsksForTheDigest()
    {
        await using var server = new ScriptedHttpServer(async (request, stream) => await ScriptedHttpServer.RespondAsync(stream, 404, "{}"));
        var digest = "sha256:" + new string('a', 64);

        await ProbeAsync($"{server.Address}/acme/api:1.0@{digest}");

        Assert.Equal($"/v2/acme/api/manifests/{digest}", Assert.Single(server.Requests).Target);
    }

    [Fact]
    public async Task RenderAsync_RealProbe_PrivateImageRewrittenPublicImageLeftAlone()
    {
        using var release = new ReleaseBuilder().Deployment("app", $"{withAuth.Address}/acme/api:1.0", $"{anonymous.Address}/acme/api:1.0");

        var result = await new ReleaseRenderer().RenderAsync(release.Options());

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(1, result.Summary.PrivateImages);
        var midstream = await File.ReadAllTextAsync(Path.Combine(release.OutputDirectory, "overlays", "midstream", "kustomization.yaml"));
        Assert.Contains($"- name: {withAuth.Address}/acme/api\n  newName: proxy.example.com/proxy/my-app/127.0.0.1_{withAuth.Port}/acme/api\n", midstream, StringComparison.Ordinal);
        Assert.DoesNotContain($"{anonymous.Address}/acme/api\n", midstream, StringComparison.Ordinal);
        var installation = await File.ReadAllTextAsync(Path.Combine(release.OutputDirectory, "upstream", "userdata", "installation.yaml"));
        Assert.Contains($"- image: {anonymous.Address}/acme/api:1.0\n    isPrivate: false\n", installation, StringComparison.Ordinal);
        Assert.Contains($"- image: {withAuth.Address}/acme/api:1.0\n    isPrivate: true\n", installation, StringComparison.Ordinal);
    }

    private static async Task<ImageProbeResult> ProbeAsync(string image, TimeSpan? timeout = null)
    {
        using var probe = new RegistryProbe(new RegistryProbeOptions { Timeout = timeout ?? TimeSpan.FromSeconds(10), RetryDelay = TimeSpan.FromMilliseconds(10) });
        return await probe.ProbeAsync(ImageReference.Parse(image), CancellationToken.None);
    }
}
