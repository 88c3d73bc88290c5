using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wharf.Cli;
using Wharf.Server.Hosting;
using Wharf.Testing;

namespace Wharf.Server.Tests.Fixtures;

/// <summary>
/// A real Wharf server in-process on 127.0.0.1 and a free port, with its own data directory and captured logs.
/// Admin work goes through the real CLI code (in-process), so the CLI is exercised by every end-to-end test.
/// </summary>
public sealed class WharfServer : IAsyncDisposable
{
    private readonly TempDirectory _data;
    private readonly WebApplication _app;

    private WharfServer(TempDirectory data, WebApplication app, CapturedLog log, Uri baseUri)
    {
        _data = data;
        _app = app;
        Log = log;
        BaseUri = baseUri;
        // Only the replica that created the first vendor has its token (a second replica on a shared store has none).
        var tokenFile = Path.Combine(data.Path, DataDirectory.VendorTokenFile);
        VendorToken = File.Exists(tokenFile) ? File.ReadAllText(tokenFile).Trim() : "";
    }

    public CapturedLog Log { get; }

    public Uri BaseUri { get; }

    /// <summary><c>127.0.0.1:PORT</c>: what clients put in front of <c>/proxy/...</c>.</summary>
    public string Address => BaseUri.Authority;

    public int Port => BaseUri.Port;

    public string DataPath => _data.Path;

    public string VendorToken { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<WharfServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var data = TempDirectory.Create("wharf-server-");
        var log = new CapturedLog();
        var overrides = new Dictionary<string, string?> { ["Data"] = data.Path, ["Listen"] = "127.0.0.1:0" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var app = WharfHost.Build(overrides, logging => logging.AddProvider(log).SetMinimumLevel(LogLevel.Debug));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WharfServer(data, app, log, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)));
    }

    /// <summary>Runs <c>wharf ARGS --server URL --token TOKEN</c> in-process.</summary>
    public async Task<CliResult> CliAsync(string[] args, string? stdin = null, string? token = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var io = new CliIO(new StringReader(stdin ?? ""), output, error);
        string[] full = [.. args, "--server", BaseUri.ToString(), "--token", token ?? VendorToken];
        var exit = await WharfCli.RunAsync(full, io, CancellationToken.None);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    /// <summary>Like <see cref="CliAsync"/> but fails the test on a non-zero exit.</summary>
    public async Task<string> CliOkAsync(string[] args, string? stdin = null, string? token = null)
    {
        var result = await CliAsync(args, stdin, token);
        Assert.True(result.ExitCode == 0, $"wharf {string.Join(' ', args)} exited {result.ExitCode}: {result.Error}");
        return result.Output;
    }

    /// <summary>An HttpClient for raw registry requests; <paramref name="host"/> overrides the Host header (custom domains).</summary>
    public HttpClient Http(string? host = null)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(60) };
        if (host is not null)
        {
            client.DefaultRequestHeaders.Host = host;
        }

        return client;
    }

    public static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:{password}")));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _data.Dispose();
    }
}

public sealed record CliResult(int ExitCode, string Output, string Error);
