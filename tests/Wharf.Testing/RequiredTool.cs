using System.Collections.Concurrent;

namespace Wharf.Testing;

/// <summary>
/// Locates the real command-line tools the integration tests drive. A missing tool is a
/// failure with install instructions, never a silently skipped test: a green run must mean
/// the real tools were exercised.
/// </summary>
public static class RequiredTool
{
    private static readonly ConcurrentDictionary<string, string> Found = new(StringComparer.Ordinal);

    // Tools installed by apt live in these even when PATH is minimal (e.g. under sudo or CI runners).
    private static readonly string[] FallbackDirectories = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];

    /// <summary>CNCF distribution 2.8 (<c>docker-registry</c>), the private upstream registry.</summary>
    public static string DockerRegistry => Find("docker-registry", "docker-registry");

    /// <summary><c>skopeo</c>, used to push test images and to pull through registries.</summary>
    public static string Skopeo => Find("skopeo", "skopeo");

    /// <summary><c>htpasswd</c> (apache2-utils), writes the upstream's bcrypt password file.</summary>
    public static string Htpasswd => Find("htpasswd", "apache2-utils");

    /// <summary><c>podman</c>, a real puller.</summary>
    public static string Podman => Find("podman", "podman");

    /// <summary>The <c>containerd</c> daemon, started by the tests themselves.</summary>
    public static string Containerd => Find("containerd", "containerd");

    /// <summary><c>ctr</c>, containerd's client (shipped in the containerd package).</summary>
    public static string Ctr => Find("ctr", "containerd");

    /// <summary>
    /// Returns the absolute path of the executable <paramref name="name"/> found on <c>PATH</c>
    /// (or the usual system directories).
    /// </summary>
    /// <param name="name">Executable name, e.g. <c>skopeo</c>.</param>
    /// <param name="aptPackage">Debian package that provides it, quoted in the error message.</param>
    /// <exception cref="InvalidOperationException">The tool is not installed; the message says how to install it.</exception>
    public static string Find(string name, string aptPackage)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(aptPackage);
        if (Found.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var path = Search(name) ?? throw new InvalidOperationException(
            $"Required test tool '{name}' was not found on PATH. This test drives the real tool and is never skipped. " +
            $"Install it with `apt-get install -y {aptPackage}`, or run ./test.sh which installs test prerequisites.");
        Found[name] = path;
        return path;
    }

    private static string? Search(string name)
    {
        var pathDirectories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var directory in pathDirectories.Concat(FallbackDirectories))
        {
            var candidate = Path.Combine(directory, name);
            if (IsExecutableFile(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    private static bool IsExecutableFile(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }
}
