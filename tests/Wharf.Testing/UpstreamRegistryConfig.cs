using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Wharf.Testing;

/// <summary>
/// Writes distribution's config.yml (and htpasswd file) into the registry's temp directory.
/// Always our own config: the package default listens on all interfaces (TESTING.md).
/// </summary>
internal static class UpstreamRegistryConfig
{
    /// <summary>Returns the config path.</summary>
    public static async Task<string> WriteAsync(TempDirectory directory, int port, RegistryCredentials? credentials, CancellationToken cancellationToken)
    {
        var root = Path.Combine(directory.Path, "data");
        Directory.CreateDirectory(root);
        var config = new StringBuilder()
            .Append("version: 0.1\n")
            // info: the access log is printed at any level; info adds one "response completed" line per request on stderr.
            .Append("log: {level: info}\n")
            .Append(CultureInfo.InvariantCulture, $"storage: {{filesystem: {{rootdirectory: {root}}}, delete: {{enabled: true}}}}\n")
            .Append(CultureInfo.InvariantCulture, $"http: {{addr: 127.0.0.1:{port}, secret: {Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}}}\n");
        if (credentials is not null)
        {
            var htpasswdPath = Path.Combine(directory.Path, "htpasswd");
            var htpasswd = await ProcessRunner.RunCheckedAsync(
                RequiredTool.Htpasswd, ["-Bbn", credentials.Username, credentials.Password], cancellationToken: cancellationToken);
            await File.WriteAllTextAsync(htpasswdPath, htpasswd.StdOut, cancellationToken);
            config.Append(CultureInfo.InvariantCulture, $"auth: {{htpasswd: {{realm: basic-realm, path: {htpasswdPath}}}}}\n");
        }

        var path = Path.Combine(directory.Path, "config.yml");
        await File.WriteAllTextAsync(path, config.ToString(), cancellationToken);
        return path;
    }
}
