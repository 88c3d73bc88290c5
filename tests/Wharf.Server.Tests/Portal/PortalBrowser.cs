using Microsoft.Playwright;
using Wharf.Server.Tests.Fixtures;

namespace Wharf.Server.Tests.Portal;

/// <summary>
/// One Wharf server and one headless Debian Chromium per test class (a class fixture); each test opens its own
/// browser context, so sessionStorage (the token) starts empty. The browser is the distribution's, never
/// Playwright's download: docs/TESTING.md.
/// </summary>
public sealed class PortalBrowser : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public WharfServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // A missing browser fails the tests with the fix; skipping would hide that the portal went untested.
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException(
                $"{Chromium} is missing: the portal tests need Debian's Chromium (apt-get install -y --no-install-recommends chromium)");
        }

        // Auto-waiting assertions instead of sleeps; generous because CI machines run many test classes at once.
        Assertions.SetDefaultExpectTimeout(15_000);
        Server = await WharfServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                // No DNS look-ups of Chromium's own: the tests only ever load 127.0.0.1.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            ],
        });
    }

    /// <summary>A fresh context and page on the portal, recording console errors and uncaught exceptions.</summary>
    public async Task<PortalPage> OpenAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseUri.ToString(), AcceptDownloads = true });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var portal = new PortalPage(context, page);
        await page.GotoAsync("/portal/");
        return portal;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
