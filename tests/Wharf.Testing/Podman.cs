namespace Wharf.Testing;

/// <summary>
/// A real <c>podman</c> with all its storage under a temporary directory (TESTING.md recipe):
/// <c>--root/--runroot/--tmpdir</c> there, the vfs driver (a failed pull with overlay can
/// leave a bind mount behind), <c>TMPDIR</c> for image copies, and an empty auth file so no
/// credentials other than the ones passed are ever used. Nothing is shared between instances.
/// </summary>
public sealed class Podman : IAsyncDisposable
{
    private static readonly TimeSpan PullTimeout = TimeSpan.FromSeconds(120);

    private readonly TempDirectory _directory;
    private readonly string _authFile;

    private Podman(TempDirectory directory)
    {
        _directory = directory;
        _authFile = Path.Combine(directory.Path, "auth.json");
    }

    /// <summary>The temporary directory holding this instance's storage.</summary>
    public string Directory => _directory.Path;

    /// <summary>Creates the storage directories and checks (with a deadline) that <c>podman info</c> works and uses vfs.</summary>
    /// <exception cref="InvalidOperationException">podman is missing or does not work here.</exception>
    public static async Task<Podman> CreateAsync(CancellationToken cancellationToken = default)
    {
        _ = RequiredTool.Podman;
        var directory = TempDirectory.Create("wharf-podman-");
        var podman = new Podman(directory);
        try
        {
            foreach (var sub in new[] { "root", "run", "tmp", "copytmp" })
            {
                directory.Sub(sub);
            }

            await File.WriteAllTextAsync(podman._authFile, """{"auths":{}}""", cancellationToken);
            var info = (await podman.RunAsync(["info", "--format", "{{.Store.GraphDriverName}}"], TimeSpan.FromSeconds(30), cancellationToken))
                .EnsureSuccess();
            if (info.StdOut.Trim() != "vfs")
            {
                throw new InvalidOperationException($"podman is not using the vfs driver: {info.StdOut}");
            }

            return podman;
        }
        catch
        {
            await podman.DisposeAsync();
            throw;
        }
    }

    /// <summary><c>podman pull</c> (TLS verification off by default: test registries are plain HTTP on loopback).</summary>
    /// <param name="reference">Image reference, e.g. <c>127.0.0.1:PORT/acme/single:1.0</c>.</param>
    /// <param name="credentials">Credentials (<c>--creds</c>), or null to pull anonymously.</param>
    /// <param name="tlsVerify">Pass <c>--tls-verify=true</c> to see the HTTPS failure a real cluster would see.</param>
    /// <param name="cancellationToken">Cancels the pull.</param>
    public Task<ProcessResult> PullAsync(
        string reference, RegistryCredentials? credentials, bool tlsVerify = false, CancellationToken cancellationToken = default)
    {
        List<string> args = ["pull", $"--tls-verify={(tlsVerify ? "true" : "false")}", "--authfile", _authFile];
        if (credentials is not null)
        {
            args.AddRange(["--creds", credentials.ColonPair]);
        }

        args.Add(reference);
        return RunAsync(args, PullTimeout, cancellationToken);
    }

    /// <summary>The repo digest podman recorded for a pulled image (<c>image inspect --format {{.Digest}}</c>).</summary>
    /// <exception cref="InvalidOperationException">The image is not in this store.</exception>
    public async Task<string> ImageDigestAsync(string reference, CancellationToken cancellationToken = default) =>
        (await RunAsync(["image", "inspect", "--format", "{{.Digest}}", reference], null, cancellationToken)).EnsureSuccess().StdOut.Trim();

    /// <summary>Runs podman with this instance's storage flags prepended.</summary>
    public Task<ProcessResult> RunAsync(IEnumerable<string> arguments, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        string[] global =
        [
            "--root", Path.Combine(Directory, "root"),
            "--runroot", Path.Combine(Directory, "run"),
            "--tmpdir", Path.Combine(Directory, "tmp"),
            "--storage-driver", "vfs",
        ];
        var environment = new Dictionary<string, string?> { ["TMPDIR"] = Path.Combine(Directory, "copytmp") };
        return ProcessRunner.RunAsync(RequiredTool.Podman, global.Concat(arguments), timeout, environment, cancellationToken: cancellationToken);
    }

    /// <summary>Deletes the storage directory (vfs leaves no mounts behind).</summary>
    public ValueTask DisposeAsync()
    {
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
