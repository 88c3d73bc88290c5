using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wharf.Server.Auth;
using Wharf.Server.Tests.Fixtures;
using Wharf.Storage.Sqlite;
using Wharf.Testing;

namespace Wharf.Server.Tests.EndToEnd;

/// <summary>Issue #2 "done means" 3: everyone without a valid license for the app is refused, with the right status and OCI code.</summary>
[Collection(ProxyCollection.Name)]
public sealed class ProxyPolicyTests(ProxyEnvironment env)
{
    private string ManifestPath(string app = ProxyEnvironment.App) => $"/v2/{env.ProxyRepository("acme/single", app)}/manifests/1.0";

    private async Task<HttpResponseMessage> GetAsync(string path, AuthenticationHeaderValue? auth = null, string? host = null, HttpMethod? method = null)
    {
        using var http = env.Server.Http(host);
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, path) { Headers = { Authorization = auth } };
        return await http.SendAsync(request);
    }

    private async Task<string> TokenAsync(string licenseId, string repository)
    {
        using var response = await GetAsync($"/v2/token?service={env.Server.Address}&scope=repository:{repository}:pull", WharfServer.Basic("LICENSE_ID", licenseId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("expires_in").GetInt32() >= 60);
        return json.RootElement.GetProperty("token").GetString()!;
    }

    [Fact]
    public async Task Ping_WithoutCredentials_Returns401WithBearerChallenge()
    {
        using var response = await GetAsync("/v2/");

        await OciAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        var challenge = response.Headers.WwwAuthenticate.Single();
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains($"realm=\"http://{env.Server.Address}/v2/token\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.Contains($"service=\"{env.Server.Address}\"", challenge.Parameter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_WithoutCredentials_ChallengesWithRepositoryScope()
    {
        using var response = await GetAsync(ManifestPath());

        await OciAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        Assert.Contains($"scope=\"repository:{env.ProxyRepository("acme/single")}:pull\"", response.Headers.WwwAuthenticate.Single().Parameter, StringComparison.Ordinal);
        Assert.Equal("registry/2.0", response.Headers.GetValues("Docker-Distribution-API-Version").Single());
    }

    [Theory]
    [InlineData("LICENSE_ID", "not-a-license-0000000000000")]
    [InlineData("someone", "else")]
    public async Task Manifest_WithUnknownLicense_Returns401(string user, string password)
    {
        using var response = await GetAsync(ManifestPath(), WharfServer.Basic(user, password));

        await OciAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "UNAUTHORIZED");
    }

    [Fact]
    public async Task Token_Anonymous_IsRefused()
    {
        using var response = await GetAsync($"/v2/token?scope=repository:{env.ProxyRepository("acme/single")}:pull");

        await OciAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "UNAUTHORIZED");
    }

    [Fact]
    public async Task Manifest_WithValidBasicAndToken_Returns200WithDigestHeaders()
    {
        using var basic = await GetAsync(ManifestPath(), WharfServer.Basic("LICENSE_ID", env.LicenseId));
        var token = await TokenAsync(env.LicenseId, env.ProxyRepository("acme/single"));
        using var bearer = await GetAsync(ManifestPath(), new AuthenticationHeaderValue("Bearer", token), method: HttpMethod.Head);

        foreach (var response in new[] { basic, bearer })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(env.Upstream.Single.Digest, response.Headers.GetValues("Docker-Content-Digest").Single());
            Assert.Equal("application/vnd.docker.distribution.manifest.v2+json", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal(env.Upstream.Single.Description.TopRaw.Length, response.Content.Headers.ContentLength);
        }
    }

    [Fact]
    public async Task Revoke_License_RefusesBasicAndEarlierTokensWithinFiveSeconds()
    {
        var licenseId = await env.NewLicenseAsync("Soon Revoked");
        var token = await TokenAsync(licenseId, env.ProxyRepository("acme/single"));
        using (var before = await GetAsync(ManifestPath(), new AuthenticationHeaderValue("Bearer", token)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await env.Server.CliOkAsync(["license", "revoke", licenseId]);
        var revokedAt = DateTime.UtcNow;

        HttpStatusCode status = 0;
        await Poll.UntilAsync(async () =>
        {
            using var response = await GetAsync(ManifestPath(), new AuthenticationHeaderValue("Bearer", token));
            status = response.StatusCode;
            return status != HttpStatusCode.OK;
        }, TimeSpan.FromSeconds(5), "the revoked license's token to be refused");
        Assert.True(DateTime.UtcNow - revokedAt < TimeSpan.FromSeconds(5));

        using var withToken = await GetAsync(ManifestPath(), new AuthenticationHeaderValue("Bearer", token));
        await OciAssert.ErrorAsync(withToken, HttpStatusCode.Forbidden, "DENIED");
        using var withBasic = await GetAsync(ManifestPath(), WharfServer.Basic(licenseId, licenseId));
        await OciAssert.ErrorAsync(withBasic, HttpStatusCode.Forbidden, "DENIED");
        using var newToken = await GetAsync($"/v2/token?scope=repository:{env.ProxyRepository("acme/single")}:pull", WharfServer.Basic("LICENSE_ID", licenseId));
        await OciAssert.ErrorAsync(newToken, HttpStatusCode.Unauthorized, "UNAUTHORIZED");
    }

    [Fact]
    public async Task Manifest_WithExpiredLicense_IsDenied()
    {
        var licenseId = await env.NewLicenseAsync("Long Gone", expires: "2020-01-01");

        using var response = await GetAsync(ManifestPath(), WharfServer.Basic("LICENSE_ID", licenseId));

        await OciAssert.ErrorAsync(response, HttpStatusCode.Forbidden, "DENIED");
    }

    [Fact]
    public async Task Manifest_LicenseOfOtherApp_IsDenied()
    {
        using var basic = await GetAsync(ManifestPath(ProxyEnvironment.App), WharfServer.Basic("LICENSE_ID", env.OtherLicenseId));
        await OciAssert.ErrorAsync(basic, HttpStatusCode.Forbidden, "DENIED");

        // A token asked for another app's repository grants nothing; using it there is refused too.
        var token = await TokenAsync(env.OtherLicenseId, env.ProxyRepository("acme/single", ProxyEnvironment.App));
        using var bearer = await GetAsync(ManifestPath(ProxyEnvironment.App), new AuthenticationHeaderValue("Bearer", token));
        await OciAssert.ErrorAsync(bearer, HttpStatusCode.Forbidden, "DENIED");
    }

    [Fact]
    public async Task Manifest_OnHostNotLinkedToApp_IsDeniedWithoutConnecting()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        using var response = await GetAsync($"/v2/proxy/{ProxyEnvironment.App}/127.0.0.1_{port}/acme/single/manifests/1.0", WharfServer.Basic("LICENSE_ID", env.LicenseId));
        using var hub = await GetAsync($"/v2/proxy/{ProxyEnvironment.App}/nginx/manifests/latest", WharfServer.Basic("LICENSE_ID", env.LicenseId));

        await OciAssert.ErrorAsync(response, HttpStatusCode.Forbidden, "DENIED");
        await OciAssert.ErrorAsync(hub, HttpStatusCode.Forbidden, "DENIED");
        Assert.False(listener.Pending(), "Wharf opened a connection to a host that is not linked to the app");
    }

    [Theory]
    [InlineData("/v2/proxy/acme-app/UPPER/x/manifests/1.0", "NAME_INVALID")]
    [InlineData("/v2/proxy/Acme/quay.io/x/manifests/1.0", "NAME_INVALID")]
    [InlineData("/v2/notproxy/acme-app/quay.io/x/manifests/1.0", "NAME_INVALID")]
    [InlineData("/v2/proxy/acme-app/quay.io/x/blobs/sha256:1234", "DIGEST_INVALID")]
    [InlineData("/v2/proxy/acme-app/quay.io/x/blobs/md5:d41d8cd98f00b204e9800998ecf8427e", "DIGEST_INVALID")]
    [InlineData("/v2/proxy/acme-app/quay.io/x/manifests/sha256:zz", "DIGEST_INVALID")]
    public async Task Request_WithInvalidNameOrDigest_IsRejected(string path, string code)
    {
        using var response = await GetAsync(path, WharfServer.Basic("LICENSE_ID", env.LicenseId));

        await OciAssert.ErrorAsync(response, HttpStatusCode.BadRequest, code);
    }

    [Theory]
    [InlineData("POST", "/v2/proxy/acme-app/quay.io/x/blobs/uploads/")]
    [InlineData("PUT", "/v2/proxy/acme-app/quay.io/x/manifests/1.0")]
    [InlineData("PATCH", "/v2/proxy/acme-app/quay.io/x/blobs/uploads/abc")]
    [InlineData("DELETE", "/v2/proxy/acme-app/quay.io/x/manifests/1.0")]
    public async Task WriteMethod_AnyRoute_Returns405Unsupported(string method, string path)
    {
        using var response = await GetAsync(path, WharfServer.Basic("LICENSE_ID", env.LicenseId), method: new HttpMethod(method));

        await OciAssert.ErrorAsync(response, HttpStatusCode.MethodNotAllowed, "UNSUPPORTED");
    }

    [Fact]
    public async Task Token_TamperedExpiredOrAlgNone_IsUnauthorized()
    {
        var repository = env.ProxyRepository("acme/single");
        var token = await TokenAsync(env.LicenseId, repository);
        var parts = token.Split('.');
        var payload = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(System.Buffers.Text.Base64Url.DecodeFromChars(parts[1]))!;
        string Encode(object o) => System.Buffers.Text.Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(o));

        var tampered = parts[0] + "." + Encode(new Dictionary<string, object>(payload.ToDictionary(kv => kv.Key, kv => (object)kv.Value))
        {
            ["sub"] = env.OtherLicenseId,
        }) + "." + parts[2];
        var algNone = Encode(new { alg = "none", typ = "JWT" }) + "." + parts[1] + ".";
        var key = Convert.FromBase64String(File.ReadAllText(Path.Combine(env.Server.DataPath, "token-signing.key")));
        var past = new FixedTime(DateTimeOffset.UtcNow.AddHours(-1));
        var expired = new RegistryTokenService(key, past, TimeSpan.FromMinutes(5)).Issue(env.LicenseId, env.Server.Address, [repository]).Token;
        var otherKey = new RegistryTokenService(new byte[32], TimeProvider.System, TimeSpan.FromMinutes(5)).Issue(env.LicenseId, env.Server.Address, [repository]).Token;

        foreach (var bad in new[] { tampered, algNone, expired, otherKey, "garbage" })
        {
            using var response = await GetAsync(ManifestPath(), new AuthenticationHeaderValue("Bearer", bad));
            await OciAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        }
    }

    [Fact]
    public async Task Request_OnOtherVendorsCustomDomain_IsDenied()
    {
        var otherToken = (await env.Server.CliOkAsync(["vendor", "create", "Globex"])).Trim();
        await env.Server.CliOkAsync(["app", "create", "globex-app"], token: otherToken);
        await env.Server.CliOkAsync(["domain", "add", "--app", "globex-app", "registry.globex.test"], token: otherToken);

        using var response = await GetAsync(ManifestPath(), WharfServer.Basic("LICENSE_ID", env.LicenseId), host: $"registry.globex.test:{env.Server.Port}");
        using var unknownHost = await GetAsync(ManifestPath(), WharfServer.Basic("LICENSE_ID", env.LicenseId), host: "unknown.example.com");

        await OciAssert.ErrorAsync(response, HttpStatusCode.Forbidden, "DENIED");
        await OciAssert.ErrorAsync(unknownHost, HttpStatusCode.Forbidden, "DENIED");
    }

    [Fact]
    public async Task OtherVendor_CannotSeeOrUseFirstVendorsApps()
    {
        var otherToken = (await env.Server.CliOkAsync(["vendor", "create", "Initech"])).Trim();

        var list = await env.Server.CliOkAsync(["app", "list", "--output", "json"], token: otherToken);
        var create = await env.Server.CliAsync(["license", "create", "--app", ProxyEnvironment.App, "--customer", "Mallory"], token: otherToken);
        var vendor = await env.Server.CliAsync(["vendor", "create", "Nope"], token: otherToken);

        Assert.Equal("[]", list.Trim());
        Assert.Equal(1, create.ExitCode);
        Assert.Contains("no app 'acme-app'", create.Error, StringComparison.Ordinal);
        Assert.Equal(1, vendor.ExitCode);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
