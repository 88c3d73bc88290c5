using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace Wharf.Testing;

/// <summary>
/// A real CNCF distribution registry (<c>docker-registry serve</c>, version 2.8) on
/// 127.0.0.1 and a free port, with its storage in a temporary directory: the vendor's
/// private upstream in tests. Basic auth through htpasswd unless disabled. Its access log is
/// captured so tests can count the requests that reached the upstream (SPEC §2.4: one
/// upstream fetch per digest).
/// </summary>
public sealed class UpstreamRegistry : IAsyncDisposable
{
    private const string ProbeUserAgent = "wharf-testing-probe";
    private const string SyncMarker = "wharf-sync=";
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(5) };

    private readonly TempDirectory _directory;
    private readonly BackgroundProcess _process;

    private UpstreamRegistry(TempDirectory directory, BackgroundProcess process, int port, RegistryCredentials? credentials)
    {
        _directory = directory;
        _process = process;
        Port = port;
        Credentials = credentials;
    }

    /// <summary>Port the registry listens on (127.0.0.1 only).</summary>
    public int Port { get; }

    /// <summary><c>127.0.0.1:PORT</c>, the registry host as image references spell it.</summary>
    public string Address => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseUri => new($"http://{Address}/");

    /// <summary>The htpasswd credentials, or null when the registry is anonymous.</summary>
    public RegistryCredentials? Credentials { get; }

    /// <summary>htpasswd user name (null when anonymous).</summary>
    public string? Username => Credentials?.Username;

    /// <summary>htpasswd password (null when anonymous).</summary>
    public string? Password => Credentials?.Password;

    /// <summary>Storage root directory (the filesystem driver's <c>rootdirectory</c>).</summary>
    public string Root => Path.Combine(_directory.Path, "data");

    /// <summary>Everything the registry printed so far: the access log (stdout) and its info-level log (stderr), interleaved.</summary>
    public string Log => _process.Output;

    /// <summary>The access log only (standard output), one combined-format line per completed request.</summary>
    public string AccessLog => _process.StdOut;

    /// <summary>Access-log entries so far, without this class's own readiness and sync probes.</summary>
    public IReadOnlyList<AccessLogEntry> Requests =>
        AccessLog.Split('\n')
            .Select(AccessLogEntry.TryParse)
            .OfType<AccessLogEntry>()
            .Where(entry => entry.UserAgent != ProbeUserAgent)
            .ToList();

    /// <summary>
    /// Starts a registry and waits (with a deadline) until <c>GET /v2/</c> answers 401 or 200.
    /// </summary>
    /// <exception cref="InvalidOperationException">The registry exited or a tool is missing.</exception>
    /// <exception cref="TimeoutException">It did not answer in time.</exception>
    public static async Task<UpstreamRegistry> StartAsync(UpstreamRegistryOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new UpstreamRegistryOptions();
        var registryTool = RequiredTool.DockerRegistry;
        var credentials = options.RequireAuth
            ? new RegistryCredentials(options.Username, options.Password ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)))
            : null;

        // FreePort can race with another process taking the port: retry a few times.
        for (var attempt = 1; ; attempt++)
        {
            var directory = TempDirectory.Create("wharf-upstream-");
            try
            {
                var port = FreePort.Get();
                var config = await UpstreamRegistryConfig.WriteAsync(directory, port, credentials, cancellationToken);
                var process = BackgroundProcess.Start(registryTool, ["serve", config]);
                var registry = new UpstreamRegistry(directory, process, port, credentials);
                try
                {
                    await registry.WaitUntilReadyAsync(options.StartTimeout, cancellationToken);
                    return registry;
                }
                catch (InvalidOperationException) when (attempt < 3 && registry.Log.Contains("address already in use", StringComparison.Ordinal))
                {
                    await registry.DisposeAsync();
                }
                catch
                {
                    await registry.DisposeAsync();
                    throw;
                }
            }
            catch when (DisposeOnFailure(directory))
            {
                throw;
            }
        }
    }

    /// <summary><c>127.0.0.1:PORT/REPO:TAG</c>.</summary>
    public string Reference(string repository, string tag) => $"{Address}/{repository}:{tag}";

    /// <summary>
    /// Counts access-log entries with this <paramref name="method"/> whose URI contains
    /// <paramref name="uriContains"/> (and with <paramref name="status"/>, when given), from the
    /// log captured so far. Call <see cref="SyncLogAsync"/> (or use
    /// <see cref="CountRequestsAsync"/>) first when the requests just finished: distribution
    /// writes the line after the response, so a client can see the body before the line exists.
    /// </summary>
    public int CountRequests(string method, string uriContains, int? status = null) =>
        Requests.Count(entry =>
            string.Equals(entry.Method, method, StringComparison.OrdinalIgnoreCase) &&
            entry.Uri.Contains(uriContains, StringComparison.Ordinal) &&
            (status is null || entry.Status == status));

    /// <summary><see cref="SyncLogAsync"/>, then <see cref="CountRequests"/>.</summary>
    public async Task<int> CountRequestsAsync(string method, string uriContains, int? status = null, CancellationToken cancellationToken = default)
    {
        await SyncLogAsync(cancellationToken);
        return CountRequests(method, uriContains, status);
    }

    /// <summary>
    /// Log barrier: sends a marked probe request and waits until its access-log line has been
    /// captured, so every request completed before the call is in <see cref="Requests"/>.
    /// </summary>
    public async Task SyncLogAsync(CancellationToken cancellationToken = default)
    {
        var marker = SyncMarker + Guid.NewGuid().ToString("N");
        using (var response = await SendProbeAsync($"v2/?{marker}", cancellationToken))
        {
        }

        await Poll.UntilAsync(
            () => AccessLog.Contains(marker, StringComparison.Ordinal),
            TimeSpan.FromSeconds(10),
            "the registry's access log to show the sync probe",
            () => Log,
            cancellationToken);
    }

    /// <summary>Kills the registry and deletes its directory (storage included).</summary>
    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        _directory.Dispose();
    }

    private static bool DisposeOnFailure(TempDirectory directory)
    {
        directory.Dispose();
        return false;
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await Poll.UntilAsync(
            async () =>
            {
                if (_process.HasExited)
                {
                    // Let the output pipes drain so the message (and the port-collision check) sees the whole log.
                    using var drain = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                    await _process.WaitForExitAsync(drain.Token);
                    throw new InvalidOperationException($"docker-registry exited with code {_process.ExitCode} before it was ready:{Environment.NewLine}{Log}");
                }

                try
                {
                    using var response = await SendProbeAsync("v2/", cancellationToken);
                    return response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Unauthorized;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            },
            timeout,
            $"docker-registry on {Address} to answer GET /v2/",
            () => Log,
            cancellationToken);

    private async Task<HttpResponseMessage> SendProbeAsync(string relativeUri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(BaseUri, relativeUri));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue(ProbeUserAgent, null));
        return await Http.SendAsync(request, cancellationToken);
    }
}
