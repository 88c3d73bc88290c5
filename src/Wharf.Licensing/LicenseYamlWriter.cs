using System.Globalization;
using System.Text;
using Wharf.Licensing.Yaml;

namespace Wharf.Licensing;

/// <summary>
/// Writes the license document of SPEC §2.5 without its signature line, in a fixed layout:
/// KOTS field names and order, two-space indent, optional fields omitted when unset, the expiry as
/// a quoted RFC 3339 UTC string (<c>""</c> for none, as KOTS writes it). <c>spec</c> comes last and
/// <c>entitlements</c> last inside it, so the signature line can simply be appended.
/// </summary>
internal static class LicenseYamlWriter
{
    public static string WriteUnsigned(LicenseSpec spec)
    {
        var yaml = new StringBuilder(512);
        Line(yaml, 0, LicenseFields.ApiVersion, LicenseFields.ApiVersionValue);
        Line(yaml, 0, LicenseFields.Kind, LicenseFields.KindValue);
        Line(yaml, 0, LicenseFields.Metadata, null);
        Line(yaml, 1, LicenseFields.Name, spec.Name);
        Line(yaml, 0, LicenseFields.Spec, null);
        Line(yaml, 1, LicenseFields.LicenseId, spec.LicenseId);
        Line(yaml, 1, LicenseFields.AppSlug, spec.AppSlug);
        Line(yaml, 1, LicenseFields.CustomerName, spec.CustomerName);
        OptionalLine(yaml, LicenseFields.Endpoint, spec.Endpoint);
        OptionalLine(yaml, LicenseFields.ProxyRegistryDomain, spec.ProxyRegistryDomain);
        OptionalLine(yaml, LicenseFields.RegistryDomain, spec.RegistryDomain);
        Line(yaml, 1, LicenseFields.Entitlements, null);
        Line(yaml, 2, LicenseFields.ExpiresAt, null);
        Line(yaml, 3, LicenseFields.Title, LicenseFields.ExpiresAtTitle);
        yaml.Append(Indent(3)).Append(LicenseFields.Value).Append(": ")
            .Append(YamlScalarWriter.Format(FormatDate(spec.ExpiresAt), forceQuotes: true)).Append('\n');
        Line(yaml, 3, LicenseFields.ValueType, LicenseFields.StringValueType);
        return yaml.ToString();
    }

    /// <summary>The line that completes a document from <see cref="WriteUnsigned"/>.</summary>
    public static string SignatureLine(byte[] signature) =>
        $"{Indent(1)}{LicenseFields.Signature}: {Convert.ToBase64String(signature)}\n";

    /// <summary>RFC 3339 in UTC, fractional seconds only when present (<c>2027-01-01T00:00:00Z</c>).</summary>
    public static string FormatDate(DateTimeOffset? value) =>
        value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture) ?? string.Empty;

    private static void OptionalLine(StringBuilder yaml, string key, string? value)
    {
        if (value is not null)
        {
            Line(yaml, 1, key, value);
        }
    }

    private static void Line(StringBuilder yaml, int level, string key, string? value)
    {
        yaml.Append(Indent(level)).Append(key).Append(':');
        if (value is not null)
        {
            yaml.Append(' ').Append(YamlScalarWriter.Format(value));
        }

        yaml.Append('\n');
    }

    private static string Indent(int level) => new(' ', level * 2);
}
