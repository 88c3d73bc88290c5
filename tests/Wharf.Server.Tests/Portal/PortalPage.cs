using System.Collections.Concurrent;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Wharf.Server.Tests.Portal;

/// <summary>One browser context on the portal, with the console errors it logged and a few steps every test takes.</summary>
public sealed class PortalPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _errors = new();

    public PortalPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        // Console errors include Content-Security-Policy violations and failed loads, so a clean console also proves
        // the policy allows everything the portal does.
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => _errors.Enqueue("uncaught: " + error);
    }

    public IPage Page { get; }

    public IReadOnlyCollection<string> ConsoleErrors => _errors;

    public async Task SignInAsync(string token)
    {
        await Page.GetByLabel("Vendor API token").FillAsync(token);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public async Task SignInAndWaitAsync(string token)
    {
        await SignInAsync(token);
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    public Task GoAsync(string view) => Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = view, Exact = true }).ClickAsync();

    /// <summary>The table row that contains <paramref name="text"/>.</summary>
    public ILocator Row(string text) => Page.GetByRole(AriaRole.Row).Filter(new() { HasText = text });

    public void AssertNoConsoleErrors() => Assert.True(_errors.IsEmpty, "console errors:\n" + string.Join('\n', _errors));

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
