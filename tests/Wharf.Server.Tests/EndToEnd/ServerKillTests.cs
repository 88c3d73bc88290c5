using System.Net;
using System.Security.Cryptography;
using Wharf.Cli;
using Wharf.Server.Tests.Fixtures;
using Wharf.Testing;

namespace Wharf.Server.Tests.EndToEnd;

/// <summary>
/// Issue #5: a server killed with SIGKILL in the middle of a blob fill restarts and never serves the partial object.
/// The server runs as a real separate process (the built <c>wharf</c> executable) so it can be killed.
/// </summary>
public sealed class ServerKillTests
{
    private static readonly string Wharf = Path.Combine(AppContext.BaseDirectory, "wharf");

    private static async Task<BackgroundProcess> StartServerAsync(string data, int port)
    {
        var server = BackgroundProcess.Start(Wharf, ["serve", "--data", data, "--listen", $"127.0.0.1:{port}"]);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        await Poll.UntilAsync(async () =>
        {
            try
            {
                return (await http.GetAsync($"http://127.0.0.1:{port}/readyz")).IsSuccessStatusCode
                    && File.Exists(Path.Combine(data, "server-url"));
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(30), "wharf serve to be ready", () => server.Output);
        return server;
    }

    private static async Task<string> CliAsync(string data, int port, string[] args, string? stdin = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var token = (await File.ReadAllTextAsync(Path.Combine(data, "vendor-token"))).Trim();
        var exit = await WharfCli.RunAsync([.. args, "--server", $"http://127.0.0.1:{port}", "--token", token],
            new CliIO(new StringReader(stdin ?? ""), output, error), CancellationToken.None);
        Assert.True(exit == 0, error.ToString());
        return output.ToString();
    }

    [Fact]
    public async Task SigkillMidFill_RestartNeverServesPartialBlob()
    {
        using var data = TempDirectory.Create("wharf-kill-");
        using var layouts = TempDirectory.Create("wharf-kill-layouts-");
        await using var upstream = await UpstreamRegistry.StartAsync(new UpstreamRegistryOptions { Username = "vendor" });
        await using var relay = new ThrottledRelay(upstream.Address);
        var pushed = await Skopeo.PushAsync(OciImageBuilder.BigLayer(layouts.Sub("big"), "t", 4, seed: 777), upstream.Address, "acme/big", "t", upstream.Credentials);
        var layer = pushed.Description.Image.Layers[0];
        var hex = layer.Digest[7..];
        var committedPath = Path.Combine(data.Path, "cache", "blobs", "sha256", hex[..2], hex);
        var port = FreePort.Get();
        var server = await StartServerAsync(data.Path, port);
        string licenseId;
        try
        {
            await CliAsync(data.Path, port, ["app", "create", "kill-app"]);
            await CliAsync(data.Path, port, ["registry", "add", "--app", "kill-app", "http://" + relay.Address, "--username", "vendor", "--password-stdin"], upstream.Password);
            licenseId = ProxyEnvironment.ParseLicenseId(await CliAsync(data.Path, port, ["license", "create", "--app", "kill-app", "--customer", "Kill"]));

            using var http = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/v2/proxy/kill-app/{relay.Address.Replace(':', '_')}/acme/big/blobs/{layer.Digest}")
            {
                Headers = { Authorization = WharfServer.Basic("LICENSE_ID", licenseId) },
            };
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var tmp = Path.Combine(data.Path, "cache", "tmp");
            await Poll.UntilAsync(() => Directory.EnumerateFiles(tmp).Any(f => new FileInfo(f).Length > 256 * 1024), TimeSpan.FromSeconds(20), "the fill to be under way");
        }
        finally
        {
            await server.DisposeAsync(); // SIGKILL
        }

        Assert.False(File.Exists(committedPath), "a partial fill was committed");

        var restartPort = FreePort.Get();
        await using var restarted = await StartServerAsync(data.Path, restartPort);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(data.Path, "cache", "tmp")));
        Assert.False(File.Exists(committedPath));

        using var again = new HttpClient();
        using var retry = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{restartPort}/v2/proxy/kill-app/{relay.Address.Replace(':', '_')}/acme/big/blobs/{layer.Digest}")
        {
            Headers = { Authorization = WharfServer.Basic("LICENSE_ID", licenseId) },
        };
        using var full = await again.SendAsync(retry);
        var bytes = await full.Content.ReadAsByteArrayAsync();

        Assert.Equal(layer.Digest, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)));
        await Poll.UntilAsync(() => File.Exists(committedPath), TimeSpan.FromSeconds(10), "the new fill to commit");
        Assert.Equal(layer.Digest, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(committedPath))));
    }
}
