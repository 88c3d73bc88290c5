using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Wharf.Server.Tests.Fixtures;

/// <summary>
/// An in-process registry double for the upstream client (fast unit level; the real distribution registry is the
/// end-to-end proof): Bearer-challenge auth with a token realm that wants Basic credentials, and blob downloads
/// redirected to a separate "object storage" host that records any Authorization header it receives.
/// </summary>
public sealed class FakeTokenRegistry : IAsyncDisposable
{
    public const string User = "robot";
    public const string Password = "s3cret-upstream";
    public const string Token = "upstream-token-123";
    public static readonly byte[] Manifest = """{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json"}"""u8.ToArray();
    public static readonly byte[] Blob = "blob bytes"u8.ToArray();

    private readonly WebApplication _registry;
    private readonly WebApplication _storage;

    private FakeTokenRegistry(WebApplication registry, WebApplication storage)
    {
        _registry = registry;
        _storage = storage;
    }

    public string Host => Address(_registry);

    public ConcurrentQueue<string> StorageAuthorizationHeaders { get; } = new();

    public ConcurrentQueue<string> TokenRequests { get; } = new();

    public static async Task<FakeTokenRegistry> StartAsync()
    {
        var storage = Build();
        var registry = Build();
        FakeTokenRegistry? self = null;
        storage.MapGet("/blob", (HttpContext c) =>
        {
            self!.StorageAuthorizationHeaders.Enqueue(c.Request.Headers.Authorization.ToString());
            return Results.Bytes(Blob, "application/octet-stream");
        });
        registry.MapGet("/token", (HttpContext c) =>
        {
            self!.TokenRequests.Enqueue(c.Request.QueryString.Value ?? "");
            var expected = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{User}:{Password}"));
            return c.Request.Headers.Authorization == expected
                ? Results.Json(new { token = Token, expires_in = 300 })
                : Results.StatusCode(401);
        });
        registry.MapMethods("/v2/{**path}", ["GET", "HEAD"], (HttpContext c, string path) =>
        {
            if (c.Request.Headers.Authorization != "Bearer " + Token)
            {
                c.Response.Headers.WWWAuthenticate = $"Bearer realm=\"http://{self!.Host}/token\",service=\"fake\",scope=\"repository:org/app:pull\"";
                return Results.StatusCode(401);
            }

            if (path.StartsWith("org/limited/", StringComparison.Ordinal))
            {
                c.Response.Headers.RetryAfter = "7";
                return Results.StatusCode(429);
            }

            if (path.StartsWith("org/broken/", StringComparison.Ordinal))
            {
                return Results.StatusCode(503);
            }

            if (path.StartsWith("org/app/manifests/", StringComparison.Ordinal))
            {
                return Results.Bytes(Manifest, "application/vnd.oci.image.manifest.v1+json");
            }

            return path.Contains("/blobs/", StringComparison.Ordinal)
                ? Results.Redirect($"http://{Address(storage)}/blob")
                : Results.NotFound();
        });
        await storage.StartAsync();
        await registry.StartAsync();
        self = new FakeTokenRegistry(registry, storage);
        return self;
    }

    private static WebApplication Build()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        return builder.Build();
    }

    private static string Address(WebApplication app) =>
        new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Authority;

    public async ValueTask DisposeAsync()
    {
        await _registry.DisposeAsync();
        await _storage.DisposeAsync();
    }
}
