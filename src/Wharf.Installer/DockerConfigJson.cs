using System.Text;

namespace Wharf.Installer;

/// <summary>
/// The <c>.dockerconfigjson</c> of the license pull secret, byte-exact as SPEC §3.4 fixes it: compact JSON,
/// keys sorted, <c>{"auths":{"HOST":{"auth":B},...}}</c> with <c>B = base64("LICENSE_ID:" + licenseId)</c>.
/// </summary>
public static class DockerConfigJson
{
    /// <summary>The user name every license pull secret carries (SPEC §2.2).</summary>
    public const string LicenseUsername = "LICENSE_ID";

    /// <summary>The JSON for the proxy host and, when set and different, the registry host.</summary>
    /// <param name="licenseId">The license ID (the password).</param>
    /// <param name="proxyHost">The proxy domain.</param>
    /// <param name="registryHost">The registry domain, or <see langword="null"/>.</param>
    public static string ForLicense(string licenseId, string proxyHost, string? registryHost)
    {
        ArgumentException.ThrowIfNullOrEmpty(licenseId);
        ArgumentException.ThrowIfNullOrEmpty(proxyHost);
        var hosts = registryHost is null ? new[] { proxyHost } : [proxyHost, registryHost];
        return Build(hosts, LicenseUsername, licenseId);
    }

    /// <summary>Compact JSON with one <c>auth</c> entry per distinct host, hosts sorted ordinally.</summary>
    public static string Build(IEnumerable<string> hosts, string username, string password)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes(username + ":" + password));
        var sb = new StringBuilder("{\"auths\":{");
        var first = true;
        foreach (var host in hosts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!first)
            {
                sb.Append(',');
            }

            first = false;
            AppendJsonString(sb, host);
            sb.Append(":{\"auth\":");
            AppendJsonString(sb, auth);
            sb.Append('}');
        }

        return sb.Append("}}").ToString();
    }

    private static void AppendJsonString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case < ' ': sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }

        sb.Append('"');
    }
}
