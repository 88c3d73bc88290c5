using Wharf.Server.Hosting;

namespace Wharf.Cli.Admin;

/// <summary>
/// Where admin commands send requests (SPEC §5): <c>--server</c>/<c>WHARF_URL</c> and <c>--token</c>/<c>WHARF_TOKEN</c>,
/// else what <c>wharf serve</c> recorded in the default data directory, so a vendor on the same machine needs no flags.
/// </summary>
internal sealed record AdminConnection(Uri Server, string Token)
{
    public static AdminConnection Resolve(string? server, string? token)
    {
        var dataPath = Environment.GetEnvironmentVariable("WHARF_DATA") is { Length: > 0 } d ? d : "wharf-data";
        server ??= Environment.GetEnvironmentVariable("WHARF_URL") ?? ReadRecorded(dataPath, DataDirectory.ServerUrlFile);
        token ??= Environment.GetEnvironmentVariable("WHARF_TOKEN") ?? ReadRecorded(dataPath, DataDirectory.VendorTokenFile);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new CliException($"no server: pass --server URL, set WHARF_URL, or run 'wharf serve' with data directory {Path.GetFullPath(dataPath)}");
        }

        if (string.IsNullOrWhiteSpace(token))
        {
            throw new CliException("no API token: pass --token, set WHARF_TOKEN, or run where 'wharf serve' wrote its data directory");
        }

        if (!Uri.TryCreate(server.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
        {
            throw new CliException($"server '{server}' is not an http(s) URL");
        }

        return new AdminConnection(uri, token.Trim());
    }

    private static string? ReadRecorded(string dataPath, string file)
    {
        var path = Path.Combine(dataPath, file);
        return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
    }
}
