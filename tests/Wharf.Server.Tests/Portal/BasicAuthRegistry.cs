using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Wharf.Server.Tests.Portal;

/// <summary>
/// The smallest upstream the portal's "test connection" can succeed against: <c>/v2/</c> on 127.0.0.1 behind Basic
/// auth, as a self-hosted distribution registry answers it.
/// </summary>
public sealed class BasicAuthRegistry : IAsyncDisposable
{
    public const string User = "robot";
    public const string Password = "portal-s3cret";

    private readonly WebApplication _app;

    private BasicAuthRegistry(WebApplication app, string host)
    {
        _app = app;
        Host = host;
    }

    /// <summary><c>127.0.0.1:PORT</c>.</summary>
    public string Host { get; }

    public static async Task<BasicAuthRegistry> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var expected = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{User}:{Password}"));
        app.MapGet("/v2/", (HttpContext context) =>
        {
            if (context.Request.Headers.Authorization == expected)
            {
                return Results.Json(new { });
            }

            context.Response.Headers.WWWAuthenticate = "Basic realm=\"test\"";
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new BasicAuthRegistry(app, address.Authority);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
