using System.Text.RegularExpressions;
using Wharf.Testing;

namespace Wharf.Server.Tests.Fixtures;

/// <summary>
/// The shared end-to-end world: a real auth-enabled distribution registry holding the test images, a Wharf server
/// in front of it, app <c>acme-app</c> linked to that registry (through the CLI, password on stdin), a second app
/// <c>other-app</c>, and one license for each. Built once per test collection.
/// </summary>
public sealed partial class ProxyEnvironment : IAsyncLifetime
{
    public const string App = "acme-app";
    public const string OtherApp = "other-app";

    public UpstreamWithImagesFixture Upstream { get; } = new();

    public WharfServer Server { get; private set; } = null!;

    public string LicenseId { get; private set; } = null!;

    public string LicenseDocument { get; private set; } = null!;

    public string OtherLicenseId { get; private set; } = null!;

    /// <summary>The upstream as a proxy path segment: <c>127.0.0.1_PORT</c> (SPEC §2.1).</summary>
    public string UpstreamSegment => Upstream.Registry.Address.Replace(':', '_');

    public RegistryCredentials LicenseCreds => new("LICENSE_ID", LicenseId);

    public async Task InitializeAsync()
    {
        await Upstream.InitializeAsync();
        Server = await WharfServer.StartAsync();
        foreach (var app in new[] { App, OtherApp })
        {
            await Server.CliOkAsync(["app", "create", app]);
            await Server.CliOkAsync(
                ["registry", "add", "--app", app, "http://" + Upstream.Registry.Address, "--username", UpstreamWithImagesFixture.Username, "--password-stdin"],
                stdin: Upstream.Credentials.Password + "\n");
        }

        LicenseDocument = await Server.CliOkAsync(["license", "create", "--app", App, "--customer", "Acme Corp"]);
        LicenseId = ParseLicenseId(LicenseDocument);
        OtherLicenseId = ParseLicenseId(await Server.CliOkAsync(["license", "create", "--app", OtherApp, "--customer", "Other Inc"]));
    }

    /// <summary><c>127.0.0.1:WHARF/proxy/APP/127.0.0.1_UP/REPO</c> + <c>:tag</c> or <c>@digest</c>.</summary>
    public string ProxyReference(string repository, string tagOrDigest, string app = App, string? host = null) =>
        $"{host ?? Server.Address}/{ProxyRepository(repository, app)}{(tagOrDigest.Contains(':', StringComparison.Ordinal) ? "@" : ":")}{tagOrDigest}";

    public string ProxyRepository(string repository, string app = App) => $"proxy/{app}/{UpstreamSegment}/{repository}";

    /// <summary>Issues another license through the CLI and returns its ID.</summary>
    public async Task<string> NewLicenseAsync(string customer, string? expires = null, string app = App)
    {
        string[] args = expires is null
            ? ["license", "create", "--app", app, "--customer", customer]
            : ["license", "create", "--app", app, "--customer", customer, "--expires", expires];
        return ParseLicenseId(await Server.CliOkAsync(args));
    }

    public static string ParseLicenseId(string yaml) =>
        LicenseIdLine().Match(yaml) is { Success: true } m ? m.Groups[1].Value.Trim('"', '\'') : throw new InvalidOperationException("no licenseID in:\n" + yaml);

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        await Upstream.DisposeAsync();
    }

    [GeneratedRegex(@"licenseID:\s*(\S+)")]
    private static partial Regex LicenseIdLine();
}

[CollectionDefinition(Name)]
public sealed class ProxyCollection : ICollectionFixture<ProxyEnvironment>
{
    public const string Name = "proxy end to end";
}
