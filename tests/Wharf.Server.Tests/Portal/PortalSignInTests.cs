using Microsoft.Playwright;
using Wharf.Server.Portal;
using static Microsoft.Playwright.Assertions;

namespace Wharf.Server.Tests.Portal;

/// <summary>Signing in to the portal with the vendor API token, in a real browser (SPEC §2.5).</summary>
public sealed class PortalSignInTests(PortalBrowser browser) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task SignIn_WithGoodToken_ShowsAppsAndKeepsTokenInSessionStorageOnly()
    {
        await using var portal = await browser.OpenAsync();
        var response = await portal.Page.ReloadAsync();

        await portal.SignInAndWaitAsync(browser.Server.VendorToken);

        await Expect(portal.Page.GetByRole(AriaRole.Heading, new() { Name = "Apps" })).ToBeVisibleAsync();
        Assert.Equal(PortalEndpoints.ContentSecurityPolicy, await response!.HeaderValueAsync("content-security-policy"));
        Assert.Equal(browser.Server.VendorToken, await portal.Page.EvaluateAsync<string?>("sessionStorage.getItem('wharf.vendorToken')"));
        Assert.Empty(await portal.Page.Context.CookiesAsync());
        Assert.Equal(0, await portal.Page.EvaluateAsync<int>("localStorage.length"));
        portal.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task SignIn_WithBadToken_ShowsApiErrorAndKeepsNoToken()
    {
        await using var portal = await browser.OpenAsync();

        await portal.SignInAsync("not-a-token");

        await Expect(portal.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("a valid vendor API token is required (Authorization: Bearer TOKEN)");
        await Expect(portal.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeHiddenAsync();
        Assert.Null(await portal.Page.EvaluateAsync<string?>("sessionStorage.getItem('wharf.vendorToken')"));
        // The browser logs the refused request itself; that, and nothing else, is expected.
        Assert.All(portal.ConsoleErrors, e => Assert.Contains("401", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignOut_AfterReload_ClearsTokenAndShowsSignIn()
    {
        await using var portal = await browser.OpenAsync();
        await portal.SignInAndWaitAsync(browser.Server.VendorToken);
        await portal.GoAsync("Licenses");

        // sessionStorage survives a reload of the tab: still signed in, on the same view.
        await portal.Page.ReloadAsync();
        await Expect(portal.Page.GetByRole(AriaRole.Heading, new() { Name = "Licenses" })).ToBeVisibleAsync();
        await portal.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(portal.Page.GetByLabel("Vendor API token")).ToBeVisibleAsync();
        await Expect(portal.Page.GetByRole(AriaRole.Heading, new() { Name = "Licenses" })).ToBeHiddenAsync();
        Assert.Null(await portal.Page.EvaluateAsync<string?>("sessionStorage.getItem('wharf.vendorToken')"));
        portal.AssertNoConsoleErrors();
    }
}
