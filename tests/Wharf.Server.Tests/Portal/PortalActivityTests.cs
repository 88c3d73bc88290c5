using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wharf.Server.Admin;
using Wharf.Server.Tests.Fixtures;
using Wharf.Storage;
using Wharf.Storage.Model;
using static Microsoft.Playwright.Assertions;

namespace Wharf.Server.Tests.Portal;

/// <summary>
/// The pull log and egress views in a real browser. A customer's token request writes a real pull-log row; the bytes
/// of manifests and blobs are seeded straight into the pull-log store (no admin API writes it), as the egress API
/// tests do.
/// </summary>
public sealed class PortalActivityTests(PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    private static readonly DateTimeOffset March = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Pulls_CustomerTokenRequest_IsListedAndRefreshShowsNewRows()
    {
        var server = browser.Server;
        await server.CliOkAsync(["app", "create", "pulls-app"]);
        var licenseId = await CreateLicenseAsync("pulls-app", "Pull Customer");
        using (var http = server.Http())
        {
            http.DefaultRequestHeaders.Authorization = WharfServer.Basic("LICENSE_ID", licenseId);
            using var token = await http.GetAsync($"/v2/token?service={server.Address}&scope=repository:proxy/pulls-app/quay.io/org/api:pull");
            Assert.True(token.IsSuccessStatusCode, $"token request answered {token.StatusCode}");
        }

        await using var portal = await browser.OpenAsync();
        var page = portal.Page;
        await portal.SignInAndWaitAsync(server.VendorToken);
        await portal.GoAsync("Pulls");
        await Expect(portal.Row("Pull Customer")).ToContainTextAsync("auth");
        await Expect(portal.Row("Pull Customer")).ToContainTextAsync(licenseId);

        await SeedAsync(Row(DateTimeOffset.UtcNow, "lic-refresh", "Refreshed Customer", "pulls-app", "manifest", "quay.io/org/api", 1234));
        await page.GetByRole(AriaRole.Button, new() { Name = "Refresh", Exact = true }).ClickAsync();
        await Expect(portal.Row("Refreshed Customer")).ToContainTextAsync("1.2 KiB (1234)");

        // Auto-refresh brings the next row in without a click (Playwright polls; no sleep here).
        await page.GetByRole(AriaRole.Button, new() { Name = "Auto-refresh (5 s)" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Auto-refresh (5 s)" })).ToHaveAttributeAsync("aria-pressed", "true");
        await SeedAsync(Row(DateTimeOffset.UtcNow, "lic-auto", "Auto Customer", "pulls-app", "blob", "quay.io/org/api", 99));
        await Expect(portal.Row("Auto Customer")).ToContainTextAsync("blob");
        portal.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Egress_WithWindow_ShowsBytesPerCustomerAndImage()
    {
        await browser.Server.CliOkAsync(["app", "create", "egress-app"]);
        await SeedAsync(
            Row(March, "lic-acme", "Acme Corp", "egress-app", "manifest", "reg/api", 2_000),
            Row(March.AddMinutes(1), "lic-acme", "Acme Corp", "egress-app", "blob", "reg/api", 3 * 1024 * 1024),
            Row(March.AddDays(1), "lic-bolt", "Bolt Ltd", "egress-app", "blob", "reg/worker", 500),
            Row(March.AddMonths(1), "lic-late", "Late Customer", "egress-app", "blob", "reg/api", 777));
        await using var portal = await browser.OpenAsync();
        var page = portal.Page;
        await portal.SignInAndWaitAsync(browser.Server.VendorToken);
        await portal.GoAsync("Egress");

        await page.GetByLabel("App", new() { Exact = true }).SelectOptionAsync("egress-app");
        await page.GetByLabel("Since (inclusive)").FillAsync("2026-03-01");
        await page.GetByLabel("Until (exclusive)").FillAsync("2026-04-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        var acme = portal.Row("Acme Corp");
        await Expect(acme).ToContainTextAsync("reg/api");
        await Expect(acme).ToContainTextAsync("3.0 MiB (3147728)");
        await Expect(portal.Row("Bolt Ltd")).ToContainTextAsync("500 B");
        await Expect(portal.Row("Late Customer")).ToHaveCountAsync(0);
        portal.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Egress_EmptyWindow_ShowsTheApiErrorInline()
    {
        await using var portal = await browser.OpenAsync();
        var page = portal.Page;
        await portal.SignInAndWaitAsync(browser.Server.VendorToken);
        await portal.GoAsync("Egress");

        await page.GetByLabel("Since (inclusive)").FillAsync("2026-03-02");
        await page.GetByLabel("Until (exclusive)").FillAsync("2026-03-02");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("since must be before until");
    }

    private async Task<string> CreateLicenseAsync(string app, string customer)
    {
        var output = await browser.Server.CliOkAsync(["license", "create", "--app", app, "--customer", customer]);
        var line = output.Split('\n').Single(l => l.TrimStart().StartsWith("licenseID:", StringComparison.Ordinal));
        return line.Split(':', 2)[1].Trim();
    }

    private async Task SeedAsync(params PullLogEntry[] rows) =>
        await browser.Server.Services.GetRequiredService<IPullLogStore>().AppendPullsAsync(rows, CancellationToken.None);

    private PullLogEntry Row(DateTimeOffset time, string license, string customer, string app, string action, string image, long bytes) =>
        new(time, VendorId(), license, customer, app, action, image, "1.0", 200, bytes, "127.0.0.1");

    private long VendorId() =>
        browser.Server.Services.GetRequiredService<IVendorStore>()
            .FindVendorByTokenHashAsync(VendorAuthFilter.Hash(browser.Server.VendorToken), CancellationToken.None).GetAwaiter().GetResult()!.Id;
}
