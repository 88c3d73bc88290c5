using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wharf.Server.Admin;
using Wharf.Server.Tests.Fixtures;
using Wharf.Storage;
using Wharf.Storage.Model;

namespace Wharf.Server.Tests.Api;

/// <summary>
/// GET /api/v1/egress and <c>wharf egress</c> on a real in-process server whose pull log is seeded directly:
/// authentication, vendor isolation, the query grammar and the CLI's table, JSON and errors (SPEC §2.5).
/// </summary>
public sealed class EgressApiTests : IAsyncLifetime
{
    private const string App = "egress-app";
    private const string RivalApp = "rival-app";
    private static readonly DateTimeOffset March = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private WharfServer _server = null!;
    private string _rivalToken = null!;

    public async Task InitializeAsync()
    {
        _server = await WharfServer.StartAsync();
        await _server.CliOkAsync(["app", "create", App]);
        _rivalToken = (await _server.CliOkAsync(["vendor", "create", "Rival"])).Trim();
        await _server.CliOkAsync(["app", "create", RivalApp], token: _rivalToken);

        var vendors = _server.Services.GetRequiredService<IVendorStore>();
        var vendorId = (await vendors.FindVendorByTokenHashAsync(VendorAuthFilter.Hash(_server.VendorToken), CancellationToken.None))!.Id;
        var rivalId = (await vendors.FindVendorByTokenHashAsync(VendorAuthFilter.Hash(_rivalToken), CancellationToken.None))!.Id;
        await _server.Services.GetRequiredService<IPullLogStore>().AppendPullsAsync(
        [
            Row(March, vendorId, "lic-acme", "Acme Corp", App, "manifest", "reg/api", 2_000),
            Row(March.AddMinutes(1), vendorId, "lic-acme", "Acme Corp", App, "blob", "reg/api", 3 * 1024 * 1024),
            Row(March.AddDays(1), vendorId, "lic-bolt", "Bolt Ltd", App, "blob", "reg/api", 500),
            Row(March, rivalId, "lic-rival", "Rival Customer", RivalApp, "blob", "reg/api", 123_456),
        ], CancellationToken.None);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Egress_WithoutToken_Returns401()
    {
        using var http = _server.Http();

        using var response = await http.GetAsync("/api/v1/egress");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Egress_ByCustomer_ReturnsOnlyTheVendorsRowsLargestFirst()
    {
        var rows = await GetAsync<List<EgressView>>("/api/v1/egress?by=customer", _server.VendorToken);

        Assert.Equal(
        [
            new EgressView(App, "Acme Corp", "lic-acme", null, 2_000 + 3 * 1024 * 1024, 1, 1),
            new EgressView(App, "Bolt Ltd", "lic-bolt", null, 500, 0, 1),
        ], rows);
    }

    [Fact]
    public async Task Egress_WithAppAndWindow_FiltersRows()
    {
        var rows = await GetAsync<List<EgressView>>($"/api/v1/egress?app={App}&by=image&since=2026-03-01T00:00:30Z&until=2026-03-02", _server.VendorToken);

        Assert.Equal([new EgressView(App, null, null, "reg/api", 3 * 1024 * 1024, 0, 1)], rows);
    }

    [Fact]
    public async Task Egress_AsAnotherVendor_SeesNeitherRowsNorApp()
    {
        var rows = await GetAsync<List<EgressView>>("/api/v1/egress", _rivalToken);
        using var http = Client(_rivalToken);
        using var foreignApp = await http.GetAsync($"/api/v1/egress?app={App}");

        Assert.Equal([new EgressView(RivalApp, "Rival Customer", "lic-rival", "reg/api", 123_456, 0, 1)], rows);
        Assert.Equal(HttpStatusCode.NotFound, foreignApp.StatusCode);
        Assert.Equal($"no app '{App}'", (await foreignApp.Content.ReadFromJsonAsync<ApiError>())!.Error);
    }

    [Theory]
    [InlineData("since=yesterday", "since 'yesterday' is not YYYY-MM-DD or an ISO 8601 time")]
    [InlineData("until=2026-13-01", "until '2026-13-01' is not YYYY-MM-DD or an ISO 8601 time")]
    [InlineData("since=2026-03-02&until=2026-03-02", "since must be before until")]
    [InlineData("by=license", "by 'license' is not customer, image or customer,image")]
    [InlineData("by=", "by '' is not customer, image or customer,image")]
    public async Task Egress_BadInput_Returns400WithOneLineError(string query, string error)
    {
        using var http = Client(_server.VendorToken);

        using var response = await http.GetAsync("/api/v1/egress?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(error, (await response.Content.ReadFromJsonAsync<ApiError>())!.Error);
    }

    [Fact]
    public async Task Egress_UnknownApp_Returns404()
    {
        using var http = Client(_server.VendorToken);

        using var response = await http.GetAsync("/api/v1/egress?app=no-such-app");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Cli_Egress_PrintsAlignedTableWithReadableAndExactBytes()
    {
        var output = await _server.CliOkAsync(["egress", "--app", App, "--by", "customer"]);

        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"^APP\s+CUSTOMER\s+LICENSE ID\s+PULLS\s+BLOBS\s+EGRESS\s+BYTES$", lines[0]);
        Assert.Matches(@"^egress-app\s+Acme Corp\s+lic-acme\s+1\s+1\s+3\.0 MiB\s+3147728$", lines[1]);
        Assert.Matches(@"^egress-app\s+Bolt Ltd\s+lic-bolt\s+0\s+1\s+500 B\s+500$", lines[2]);
        Assert.Equal(lines[0].IndexOf("EGRESS", StringComparison.Ordinal), lines[1].IndexOf("3.0 MiB", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cli_EgressJson_IsTheApiRows()
    {
        var output = await _server.CliOkAsync(["egress", "--by", "image", "--since", "2026-03-02", "--output", "json"]);

        Assert.Equal("""[{"app":"egress-app","customer":null,"licenseId":null,"image":"reg/api","bytes":500,"pulls":0,"blobs":1}]""", output.Trim());
    }

    [Theory]
    [InlineData(2, new[] { "egress", "--by", "license" })]
    [InlineData(1, new[] { "egress", "--since", "soon" })]
    [InlineData(1, new[] { "egress", "--app", "no-such-app" })]
    public async Task Cli_EgressBadInput_ExitsWithCodeAndOneLineError(int exitCode, string[] args)
    {
        var result = await _server.CliAsync(args);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    private HttpClient Client(string token)
    {
        var http = _server.Http();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private async Task<T> GetAsync<T>(string path, string token)
    {
        using var http = Client(token);
        return (await http.GetFromJsonAsync<T>(path))!;
    }

    private static PullLogEntry Row(DateTimeOffset time, long vendor, string license, string customer, string app, string action, string image, long bytes) =>
        new(time, vendor, license, customer, app, action, image, "ref", 200, bytes, "127.0.0.1");
}
