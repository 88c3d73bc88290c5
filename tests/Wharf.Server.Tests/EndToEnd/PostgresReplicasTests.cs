using System.Security.Cryptography;
using Npgsql;
using Wharf.Server.Tests.Fixtures;
using Wharf.Storage.Postgres;
using Wharf.Testing;

namespace Wharf.Server.Tests.EndToEnd;

/// <summary>
/// SPEC §2.6 end to end: two Wharf servers (replicas, each with its own data directory and cache) sharing one
/// PostgreSQL store and the same secrets and token keys. The vendor sets up on one; a customer pulls with real
/// skopeo through the other; the pull log written by the second is read through the first.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class PostgresReplicasTests(PostgresFixture postgres, UpstreamWithImagesFixture upstream)
    : IClassFixture<UpstreamWithImagesFixture>, IAsyncLifetime
{
    private const string App = "replicated-app";
    private const string NotLoggedPassword = "pw-that-must-never-be-logged";
    private WharfServer _first = null!;
    private WharfServer _second = null!;
    private string _connection = null!;

    public async Task InitializeAsync()
    {
        // Trust authentication ignores the password, so it can stand in for a real one that must not be logged.
        _connection = new NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync()) { Password = NotLoggedPassword }.ConnectionString;
        var settings = new Dictionary<string, string?>
        {
            ["Store"] = _connection,
            ["SecretsKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["TokenSigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        _first = await WharfServer.StartAsync(settings);
        _second = await WharfServer.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task SkopeoPull_ThroughTheOtherReplica_IsServedAndLoggedInTheSharedStore()
    {
        var token = _first.VendorToken;
        Assert.Equal("", _second.VendorToken); // only the replica that created the first vendor wrote its token
        await _first.CliOkAsync(["app", "create", App]);
        await _first.CliOkAsync(
            ["registry", "add", "--app", App, "http://" + upstream.Registry.Address, "--username", UpstreamWithImagesFixture.Username, "--password-stdin"],
            stdin: upstream.Credentials.Password + "\n");
        var licenseId = ProxyEnvironment.ParseLicenseId(await _first.CliOkAsync(["license", "create", "--app", App, "--customer", "Acme Corp"]));

        var image = upstream.Single;
        var reference = $"{_second.Address}/proxy/{App}/{upstream.Registry.Address.Replace(':', '_')}/{image.Repository}:{image.Tag}";
        var pulled = (await Skopeo.InspectRawAsync(reference, new RegistryCredentials("LICENSE_ID", licenseId))).EnsureSuccess();

        Assert.Equal(image.Description.TopRaw, pulled.StdOutBytes);
        Assert.Contains(licenseId, await _second.CliOkAsync(["license", "list"], token: token));
        await using var store = new PostgresStore(_connection);
        var vendor = (await store.FindVendorByTokenHashAsync(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)), CancellationToken.None))!;
        await Poll.UntilAsync(
            async () => (await store.ListPullsAsync(vendor.Id, 100, CancellationToken.None))
                .Any(p => p.LicenseId == licenseId && p.Action == "manifest" && p.Status == 200),
            TimeSpan.FromSeconds(30), "the second replica's manifest pull in the shared pull log");
        Assert.Contains(licenseId, await _first.CliOkAsync(["pulls", "--output", "json"]));
    }

    [Fact]
    public async Task NulCharacters_AnsweredAsOnSqlite_NeverADatabaseError()
    {
        // PostgreSQL refuses NUL in text; a customer or vendor sending one gets the normal refusal, not a 500.
        using var http = _second.Http();
        using var pull = new HttpRequestMessage(HttpMethod.Get, "/v2/");
        pull.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("LICENSE_ID:2BqXf1wY3nKc8LmP0a\0Zr7TgHsQe")));
        using var pullResponse = await http.SendAsync(pull);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, pullResponse.StatusCode);

        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _first.VendorToken);
        using var licenses = await http.GetAsync("/api/v1/licenses?app=a%00b");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, licenses.StatusCode);
        Assert.Contains("NUL", await licenses.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var license = await http.PostAsync("/api/v1/licenses", new StringContent(
            "{\"app\":\"x\",\"customer\":\"Acme\\u0000\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, license.StatusCode);
        Assert.DoesNotContain(_first.Log.Lines.Concat(_second.Log.Lines), l => l.Contains("22021", StringComparison.Ordinal));
    }

    [Fact]
    public void Logs_NameTheStoreButNeverItsPassword()
    {
        var lines = _first.Log.Lines.Concat(_second.Log.Lines).ToList();

        Assert.Contains(lines, l => l.Contains("Metadata store: PostgreSQL 127.0.0.1:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(NotLoggedPassword, StringComparison.Ordinal));
    }
}
