using System.Net;
using Wharf.Server.Tests.Fixtures;

namespace Wharf.Server.Tests.EndToEnd;

/// <summary>Zero-configuration start, health endpoints, forwarded headers and the CLI's error contract (SPEC §5).</summary>
public sealed class ServerHostingTests : IAsyncLifetime
{
    private WharfServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await WharfServer.StartAsync(new Dictionary<string, string?> { ["TrustForwardedHeaders"] = "true", ["ProxyDomain"] = "registry.example.com" });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task FirstStart_WritesTokenAndUrlFilesOwnerOnly_AndIsReady()
    {
        using var http = _server.Http();
        var token = Path.Combine(_server.DataPath, "vendor-token");

        Assert.Equal("ok", await http.GetStringAsync("/healthz"));
        Assert.Equal("ready", await http.GetStringAsync("/readyz"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(token));
        Assert.Equal(_server.BaseUri.ToString().TrimEnd('/'), File.ReadAllText(Path.Combine(_server.DataPath, "server-url")).Trim());
        Assert.DoesNotContain(_server.VendorToken, _server.Log.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Challenge_BehindTlsLoadBalancer_UsesForwardedHostAndScheme()
    {
        using var http = _server.Http();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v2/");
        request.Headers.Add("X-Forwarded-Host", "registry.example.com");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("realm=\"https://registry.example.com/v2/token\",service=\"registry.example.com\"", response.Headers.WwwAuthenticate.Single().Parameter);
    }

    [Fact]
    public async Task AdminApi_WithoutToken_Returns401()
    {
        using var http = _server.Http();

        using var response = await http.GetAsync("/api/v1/apps");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(2, new[] { "app", "create" })]
    [InlineData(2, new[] { "no-such-command" })]
    [InlineData(2, new[] { "license", "list", "--output", "xml" })]
    [InlineData(1, new[] { "app", "create", "Bad_Slug" })]
    [InlineData(1, new[] { "license", "revoke", "nope" })]
    [InlineData(1, new[] { "license", "create", "--app", "missing", "--customer", "X" })]
    [InlineData(1, new[] { "registry", "add", "--app", "missing", "quay.io" })]
    public async Task Cli_BadInput_ExitsWithCodeAndOneLineError(int exitCode, string[] args)
    {
        var result = await _server.CliAsync(args);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_UnreachableServer_IsAOneLineError()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await Wharf.Cli.WharfCli.RunAsync(["app", "list", "--server", "http://127.0.0.1:1", "--token", "x"],
            new Wharf.Cli.CliIO(new StringReader(""), output, error), CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("cannot reach the Wharf server", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LicenseKey_VerifiesIssuedLicense()
    {
        await _server.CliOkAsync(["app", "create", "keyed-app"]);
        var document = await _server.CliOkAsync(["license", "create", "--app", "keyed-app", "--customer", "Keyed", "--expires", "2099-01-01"]);
        var pem = await _server.CliOkAsync(["license", "key"]);

        var verification = Wharf.Licensing.LicenseDocument.Verify(document, Wharf.Licensing.LicensePublicKey.FromPem(pem));

        Assert.True(verification.IsValid, verification.Error);
        Assert.Equal("keyed-app", verification.License!.AppSlug);
        Assert.Equal(new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero), verification.License.ExpiresAt);
        Assert.Equal("registry.example.com", verification.License.ProxyRegistryDomain);
    }
}
