using System.Net;
using Wharf.Server.Portal;
using Wharf.Server.Tests.Fixtures;

namespace Wharf.Server.Tests.Portal;

/// <summary>The portal's files over plain HTTP: public, typed, and every response under the security headers (SPEC §2.5).</summary>
public sealed class PortalHeadersTests : IAsyncLifetime
{
    private WharfServer _server = null!;

    public async Task InitializeAsync() => _server = await WharfServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public static TheoryData<string, string> Assets() => new()
    {
        { "", "text/html" },
        { "index.html", "text/html" },
        { "app.js", "text/javascript" },
        { "api.js", "text/javascript" },
        { "dom.js", "text/javascript" },
        { "apps.js", "text/javascript" },
        { "licenses.js", "text/javascript" },
        { "activity.js", "text/javascript" },
        { "portal.css", "text/css" },
        { "favicon.svg", "image/svg+xml" },
    };

    [Theory]
    [MemberData(nameof(Assets))]
    public async Task Asset_WithoutToken_ServedWithTypeAndSecurityHeaders(string file, string mediaType)
    {
        using var http = _server.Http();

        using var response = await http.GetAsync("/portal/" + file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        AssertSecurityHeaders(response);
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public void EmbeddedAssets_AreExactlyTheServedFiles()
    {
        var names = PortalAssets.Load().Names.Order(StringComparer.Ordinal);

        Assert.Equal(Assets().Select(row => (string)row[0]).Where(f => f.Length > 0).Order(StringComparer.Ordinal), names);
    }

    [Theory]
    [InlineData("/portal/nope.js")]
    [InlineData("/portal/assets/app.js")]
    [InlineData("/portal/Index.html")]
    public async Task UnknownFile_Returns404WithSecurityHeaders(string path)
    {
        using var http = _server.Http();

        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task DotDotPath_ServesNothingFromTheDataDirectory()
    {
        using var http = _server.Http();

        using var response = await http.GetAsync("/portal/%2e%2e/vendor-token");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(_server.VendorToken, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortalWithoutSlash_RedirectsToSlash()
    {
        using var http = _server.Http();

        using var response = await http.GetAsync("/portal");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/portal/", response.Headers.Location!.OriginalString);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public void Assets_NeverBuildMarkupFromStringsOrRunInlineCode()
    {
        var assets = PortalAssets.Load();
        foreach (var name in assets.Names)
        {
            Assert.True(assets.TryGet(name, out var file));
            var text = System.Text.Encoding.UTF8.GetString(file.Content);
            // API data must reach the page only as text (textContent, text nodes).
            foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function" })
            {
                Assert.False(text.Contains(sink, StringComparison.Ordinal), $"{name} uses {sink}");
            }

            // The policy forbids inline code and styles; none must be needed.
            Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)", text);
            Assert.DoesNotContain(" style=", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<style", text, StringComparison.Ordinal);
            Assert.DoesNotMatch(" on[a-z]+=\"", text);
        }
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var policy = string.Join(", ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(PortalEndpoints.ContentSecurityPolicy, policy);
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(", ", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", string.Join(", ", response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }
}
