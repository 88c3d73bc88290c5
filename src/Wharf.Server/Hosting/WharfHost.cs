using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wharf.Server.Admin;
using Wharf.Server.Registry;

namespace Wharf.Server.Hosting;

/// <summary>
/// Builds the Wharf server: configuration (SPEC §5 defaults, <c>wharf.json</c> in the data directory,
/// <c>WHARF_*</c> variables, explicit overrides), Kestrel on the listen address, services and routes.
/// </summary>
public static class WharfHost
{
    /// <summary>Builds the app; <paramref name="overrides"/> are configuration keys set by the CLI or tests (highest priority).</summary>
    public static WebApplication Build(IReadOnlyDictionary<string, string?> overrides, Action<ILoggingBuilder>? logging = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddEnvironmentVariables("WHARF_").AddInMemoryCollection(overrides);
        var dataPath = builder.Configuration["Data"] ?? new WharfOptions().Data;
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
        {
            Path = Path.Combine(Path.GetFullPath(dataPath), "wharf.json"),
            Optional = true,
        });
        builder.Configuration.Sources[0].Build(builder.Configuration);
        var options = builder.Configuration.Get<WharfOptions>() ?? new WharfOptions();
        options.Data = dataPath;

        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning);
        if (logging is null)
        {
            builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        }
        else
        {
            logging(builder.Logging);
        }

        ConfigureKestrel(builder, options);
        builder.Services.AddWharf(options);

        var app = builder.Build();
        if (options.TrustForwardedHeaders)
        {
            app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedProto });
        }

        app.UseOutputCache(); // only endpoints that ask for it (the OpenAPI document) are cached
        app.MapWharfRoutes();
        return app;
    }

    private static void ConfigureKestrel(WebApplicationBuilder builder, WharfOptions options)
    {
        var endpoint = ParseListen(options.Listen);
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxResponseBufferSize = 256 * 1024; // large blob writes without flush stalls; bounded per connection
            kestrel.Listen(endpoint, listen =>
            {
                if (options.TlsCert is not null)
                {
                    listen.UseHttps(X509Certificate2.CreateFromPemFile(options.TlsCert, options.TlsKey));
                }
            });
        });
    }

    /// <summary><c>ADDR:PORT</c>, <c>[v6]:PORT</c> or <c>:PORT</c> (loopback).</summary>
    public static IPEndPoint ParseListen(string listen)
    {
        var colon = listen.LastIndexOf(':');
        if (colon < 0 || !int.TryParse(listen.AsSpan(colon + 1), out var port) || port is < 0 or > 65535)
        {
            throw new FormatException($"--listen '{listen}' is not ADDR:PORT");
        }

        var host = listen[..colon].Trim('[', ']');
        var address = host.Length == 0 || host == "localhost" ? IPAddress.Loopback
            : IPAddress.TryParse(host, out var parsed) ? parsed
            : throw new FormatException($"--listen '{listen}' needs an IP address");
        return new IPEndPoint(address, port);
    }
}
