using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Wharf.Kots;

/// <summary>
/// The <c>.dockerconfigjson</c> of the license pull secret, byte-exact as SPEC §3.4 fixes it: compact JSON,
/// keys sorted, <c>{"auths":{"PROXY_HOST":{"auth":B},"REGISTRY_HOST":{"auth":B}}}</c> with
/// <c>B = base64("LICENSE_ID:" + licenseId)</c>; with a local registry the only key is that registry
/// with its own user name and password.
/// </summary>
/// <remarks>
/// Wharf.Installer's <c>DockerConfigJson</c> writes the same bytes for the installer; this copy keeps
/// Wharf.Kots free of a dependency on the installer so that the installer can depend on it (HelmChart v2).
/// </remarks>
public static class KotsPullSecrets
{
    /// <summary>The user name every license pull secret carries (SPEC §2.2).</summary>
    public const string LicenseUsername = "LICENSE_ID";

    /// <summary>Proxy-mode JSON (KOTS <c>LicenseDockerCfg</c>, decoded): proxy host and, when set, registry host.</summary>
    public static bool TryLicenseDockerConfigJson(KotsContext context, [NotNullWhen(true)] out string? json, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(context);
        json = null;
        if (string.IsNullOrEmpty(context.LicenseId))
        {
            error = "no license is loaded";
            return false;
        }

        if (string.IsNullOrEmpty(context.ProxyHost))
        {
            error = "no proxy domain is configured (pass --proxy-domain or use a license that names one)";
            return false;
        }

        string[] hosts = context.RegistryHost is { Length: > 0 } registry ? [context.ProxyHost, registry] : [context.ProxyHost];
        json = Build(hosts, LicenseUsername, context.LicenseId);
        error = null;
        return true;
    }

    /// <summary>
    /// The JSON of the secret named <c>ImagePullSecretName</c> (KOTS <c>LocalRegistryImagePullSecret</c>, decoded):
    /// the local registry's credentials when one is configured (<c>{"auths":{}}</c> for an anonymous one),
    /// else the proxy-mode JSON.
    /// </summary>
    public static bool TryImagePullSecretJson(KotsContext context, [NotNullWhen(true)] out string? json, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.LocalRegistry is not { } local)
        {
            return TryLicenseDockerConfigJson(context, out json, out error);
        }

        json = local.Username is null ? "{\"auths\":{}}" : Build([local.Host], local.Username, local.Password ?? string.Empty);
        error = null;
        return true;
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
