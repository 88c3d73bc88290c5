using System.Globalization;

namespace Wharf.Testing;

/// <summary>
/// A real <c>containerd</c> daemon started by the test (TESTING.md recipe): its own config,
/// root, state and sockets under a temporary directory, CRI plugin off; pulled with
/// <c>ctr -a SOCK images pull --plain-http</c>. Content is shared across ctr namespaces, so
/// use a fresh instance per case to force real blob downloads.
/// </summary>
public sealed class Containerd : IAsyncDisposable
{
    private static readonly TimeSpan PullTimeout = TimeSpan.FromSeconds(120);

    private readonly TempDirectory _directory;
    private readonly BackgroundProcess _process;

    private Containerd(TempDirectory directory, BackgroundProcess process)
    {
        _directory = directory;
        _process = process;
    }

    /// <summary>The temporary directory (root, state, sockets, config).</summary>
    public string Directory => _directory.Path;

    /// <summary>The gRPC socket ctr talks to.</summary>
    public string SocketPath => Path.Combine(Directory, "containerd.sock");

    /// <summary>The daemon's output so far (its log goes to stderr).</summary>
    public string Log => _process.Output;

    /// <summary>Starts containerd and waits (with a deadline) until <c>ctr version</c> reaches it.</summary>
    /// <exception cref="InvalidOperationException">containerd exited or a tool is missing.</exception>
    /// <exception cref="TimeoutException">It did not become ready in time.</exception>
    public static async Task<Containerd> StartAsync(CancellationToken cancellationToken = default)
    {
        var containerdTool = RequiredTool.Containerd;
        _ = RequiredTool.Ctr;
        var directory = TempDirectory.Create("wharf-containerd-");
        Containerd? containerd = null;
        try
        {
            var config = Path.Combine(directory.Path, "config.toml");
            await File.WriteAllTextAsync(config, ConfigToml(directory.Path), cancellationToken);
            containerd = new Containerd(directory, BackgroundProcess.Start(containerdTool, ["--config", config]));
            await containerd.WaitUntilReadyAsync(cancellationToken);
            return containerd;
        }
        catch
        {
            if (containerd is not null)
            {
                await containerd.DisposeAsync();
            }

            directory.Dispose();
            throw;
        }
    }

    /// <summary><c>ctr images pull</c>; plain HTTP by default (test registries are loopback HTTP).</summary>
    /// <param name="reference">Image reference, e.g. <c>127.0.0.1:PORT/acme/single:1.0</c>.</param>
    /// <param name="credentials">Credentials (<c>--user U:P</c>), or null to pull anonymously.</param>
    /// <param name="allPlatforms">Fetch every platform of an index (<c>--all-platforms</c>).</param>
    /// <param name="plainHttp">Pass false to see the HTTPS failure (<c>server gave HTTP response to HTTPS client</c>).</param>
    /// <param name="cancellationToken">Cancels the pull.</param>
    public Task<ProcessResult> PullAsync(
        string reference, RegistryCredentials? credentials, bool allPlatforms = false, bool plainHttp = true, CancellationToken cancellationToken = default)
    {
        List<string> args = ["images", "pull"];
        if (plainHttp)
        {
            args.Add("--plain-http");
        }

        if (allPlatforms)
        {
            args.Add("--all-platforms");
        }

        if (credentials is not null)
        {
            args.AddRange(["--user", credentials.ColonPair]);
        }

        args.Add(reference);
        return CtrAsync(args, PullTimeout, cancellationToken);
    }

    /// <summary>Images known to containerd (<c>ctr images ls</c>): name and the digest it resolves to.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ListImagesAsync(CancellationToken cancellationToken = default)
    {
        var result = (await CtrAsync(["images", "ls"], null, cancellationToken)).EnsureSuccess();

        // Columns: REF TYPE DIGEST SIZE PLATFORMS LABELS (SIZE contains a space, so only the first three are split).
        return result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Select(line => line.Split((char[]?)null, 4, StringSplitOptions.RemoveEmptyEntries))
            .Where(columns => columns.Length >= 3)
            .ToDictionary(columns => columns[0], columns => columns[2], StringComparer.Ordinal);
    }

    /// <summary>Runs <c>ctr -a SOCK ARGS</c>.</summary>
    public Task<ProcessResult> CtrAsync(IEnumerable<string> arguments, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        ProcessRunner.RunAsync(RequiredTool.Ctr, new[] { "-a", SocketPath }.Concat(arguments), timeout, cancellationToken: cancellationToken);

    /// <summary>Kills the daemon and deletes its directory.</summary>
    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        _directory.Dispose();
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken) =>
        await Poll.UntilAsync(
            async () =>
            {
                if (_process.HasExited)
                {
                    // Let the output pipes drain so the message carries the whole log.
                    using var drain = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                    await _process.WaitForExitAsync(drain.Token);
                    throw new InvalidOperationException(
                        string.Create(CultureInfo.InvariantCulture, $"containerd exited with code {_process.ExitCode} before it was ready:{Environment.NewLine}{Log}"));
                }

                return File.Exists(SocketPath) && (await CtrAsync(["version"], TimeSpan.FromSeconds(5), cancellationToken)).Succeeded;
            },
            TimeSpan.FromSeconds(20),
            "containerd to answer `ctr version`",
            () => Log,
            cancellationToken);

    private static string ConfigToml(string t) => $"""
        version = 2
        root = "{t}/root"
        state = "{t}/state"
        disabled_plugins = ["io.containerd.grpc.v1.cri"]
        [grpc]
          address = "{t}/containerd.sock"
        [ttrpc]
          address = "{t}/containerd.sock.ttrpc"
        [debug]
          address = "{t}/debug.sock"
        [metrics]
          address = ""
        [plugins]
          [plugins."io.containerd.internal.v1.opt"]
            path = "{t}/opt"

        """;
}
