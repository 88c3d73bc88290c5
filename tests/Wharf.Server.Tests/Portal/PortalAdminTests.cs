using System.Net.Http.Headers;
using Microsoft.Playwright;
using Wharf.Licensing;
using static Microsoft.Playwright.Assertions;

namespace Wharf.Server.Tests.Portal;

/// <summary>Apps, registries, custom domains and licenses managed through the portal in a real browser (SPEC §2.5).</summary>
public sealed class PortalAdminTests(PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task App_CreateAddRegistryTestAndDomain_ShowsRowsAndResult()
    {
        await using var upstream = await BasicAuthRegistry.StartAsync();
        await using var portal = await browser.OpenAsync();
        var page = portal.Page;
        await portal.SignInAndWaitAsync(browser.Server.VendorToken);

        await page.GetByLabel("App slug").FillAsync("portal-app");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create app" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "portal-app" }).ClickAsync();
        await page.GetByLabel("Host").FillAsync($"http://{upstream.Host}");
        await page.GetByLabel("Username").FillAsync(BasicAuthRegistry.User);
        await page.GetByLabel("Password").FillAsync(BasicAuthRegistry.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add registry" }).ClickAsync();
        await portal.Row(upstream.Host).GetByRole(AriaRole.Button, new() { Name = "Test connection" }).ClickAsync();
        await page.GetByLabel("Domain").FillAsync("registry.customer.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add domain" }).ClickAsync();

        await Expect(portal.Row(upstream.Host)).ToContainTextAsync(BasicAuthRegistry.User);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{upstream.Host}: OK (connected)");
        await Expect(portal.Row("registry.customer.example")).ToBeVisibleAsync();
        Assert.Contains("registry.customer.example", await browser.Server.CliOkAsync(["domain", "list"]), StringComparison.Ordinal);
        portal.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Registry_AnonymousThenRemoved_ListsItUntilConfirmedRemoval()
    {
        await browser.Server.CliOkAsync(["app", "create", "remove-app"]);
        await using var portal = await browser.OpenAsync();
        var page = portal.Page;
        await portal.SignInAndWaitAsync(browser.Server.VendorToken);
        await page.GotoAsync("/portal/#/app/remove-app");

        await page.GetByLabel("Host").FillAsync("quay.io");
        await page.GetByLabel("Anonymous").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add registry" }).ClickAsync();
        await Expect(portal.Row("quay.io")).ToContainTextAsync("anonymous");
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await portal.Row("quay.io").GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();

        await Expect(page.GetByText("No registries linked yet.")).ToBeVisibleAsync();
        portal.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task App_InvalidSlug_ShowsTheApiErrorInline()
    {
        await using var portal = await browser.OpenAsync();
        await portal.SignInAndWaitAsync(browser.Server.VendorToken);

        await portal.Page.GetByLabel("App slug").FillAsync("Bad_Slug");
        await portal.Page.GetByRole(AriaRole.Button, new() { Name = "Create app" }).ClickAsync();

        await Expect(portal.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("app slug must be lower-case letters, digits and single dashes, 1-63 characters");
    }

    [Fact]
    public async Task LicenseKey_Download_IsTheVendorsVerificationKey()
    {
        await using var portal = await browser.OpenAsync();
        await portal.SignInAndWaitAsync(browser.Server.VendorToken);
        await portal.GoAsync("Licenses");

        var download = await portal.Page.RunAndWaitForDownloadAsync(
            () => portal.Page.GetByRole(AriaRole.Button, new() { Name = "Download license-key.pem" }).ClickAsync());

        Assert.Equal("license-key.pem", download.SuggestedFilename);
        Assert.Equal(await LicenseKeyAsync(), await File.ReadAllTextAsync((await download.PathAsync())!));
    }

    [Fact]
    public async Task License_CreateDownloadAndRevoke_DocumentVerifiesAndStatusChanges()
    {
        // A name that would be markup if the portal ever built HTML from API data.
        const string Customer = "Acme <b>Corp</b>";
        await browser.Server.CliOkAsync(["app", "create", "license-app"]);
        await browser.Server.CliOkAsync(["app", "create", "other-app"]);
        await browser.Server.CliOkAsync(["license", "create", "--app", "other-app", "--customer", "Other Customer"]);
        await using var portal = await browser.OpenAsync();
        var page = portal.Page;
        await portal.SignInAndWaitAsync(browser.Server.VendorToken);
        await portal.GoAsync("Licenses");

        await page.GetByLabel("App", new() { Exact = true }).SelectOptionAsync("license-app");
        await page.GetByLabel("Customer").FillAsync(Customer);
        await page.GetByLabel("Expires (optional)").FillAsync("2030-01-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create license" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download acme-b-corp-b-license.yaml" }).ClickAsync());
        var yaml = await File.ReadAllTextAsync((await download.PathAsync())!);

        var verification = LicenseDocument.Verify(yaml, LicensePublicKey.FromPem(await LicenseKeyAsync()));
        Assert.True(verification.IsValid, verification.Error);
        var license = verification.License!;
        Assert.Equal(("license-app", Customer), (license.AppSlug, license.CustomerName));
        Assert.Equal(yaml, await page.Locator("#license-document pre").TextContentAsync());
        await Expect(portal.Row(license.LicenseId)).ToContainTextAsync("active");
        await Expect(portal.Row(license.LicenseId)).ToContainTextAsync("2030-01-31 00:00:00Z");
        await Expect(page.Locator("table b")).ToHaveCountAsync(0);

        await page.GetByLabel("Show").SelectOptionAsync("license-app");
        await Expect(portal.Row("Other Customer")).ToHaveCountAsync(0);
        string? question = null;
        page.Dialog += (_, dialog) =>
        {
            question = dialog.Message;
            _ = dialog.AcceptAsync();
        };
        await portal.Row(license.LicenseId).GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();

        await Expect(portal.Row(license.LicenseId)).ToContainTextAsync("revoked");
        await Expect(portal.Row(license.LicenseId).GetByRole(AriaRole.Button, new() { Name = "Revoke" })).ToHaveCountAsync(0);
        Assert.Contains(Customer, question, StringComparison.Ordinal);
        Assert.Contains(license.LicenseId, await browser.Server.CliOkAsync(["license", "list", "--app", "license-app"]), StringComparison.Ordinal);
        portal.AssertNoConsoleErrors();
    }

    private async Task<string> LicenseKeyAsync()
    {
        using var http = browser.Server.Http();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", browser.Server.VendorToken);
        return await http.GetStringAsync("/api/v1/license-key");
    }
}
