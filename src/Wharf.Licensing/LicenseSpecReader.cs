using System.Globalization;
using Wharf.Licensing.Yaml;

namespace Wharf.Licensing;

/// <summary>
/// Reads the typed <see cref="LicenseSpec"/> out of a parsed document. Fields it does not know
/// (other entitlements, KOTS extras) are ignored here but still covered by the signature.
/// </summary>
internal static class LicenseSpecReader
{
    private const string NotALicense = "not a kots.io/v1beta1 License document";

    private static readonly string[] DateFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd"];

    /// <summary>Checks <c>apiVersion</c> and <c>kind</c> and returns the <c>spec</c> mapping.</summary>
    public static Outcome<DocMapping> FindSpec(DocNode root)
    {
        if (root is not DocMapping document)
        {
            return Outcome<DocMapping>.Fail($"{NotALicense} (the document is {root.Describe()})");
        }

        var apiVersion = TextOf(document, LicenseFields.ApiVersion);
        var kind = TextOf(document, LicenseFields.Kind);
        if (apiVersion != LicenseFields.ApiVersionValue || kind != LicenseFields.KindValue)
        {
            return Outcome<DocMapping>.Fail(
                $"{NotALicense} (apiVersion '{Printable.Short(apiVersion ?? "")}', kind '{Printable.Short(kind ?? "")}')");
        }

        if (!document.TryGet(LicenseFields.Spec, out var spec))
        {
            return Outcome<DocMapping>.Fail("license has no spec");
        }

        return spec is DocMapping mapping
            ? Outcome<DocMapping>.Ok(mapping)
            : Outcome<DocMapping>.Fail($"license spec must be a mapping, not {spec.Describe()}");
    }

    public static Outcome<LicenseSpec> Read(DocMapping spec)
    {
        string? error = null;
        var licenseId = Required(spec, LicenseFields.LicenseId, ref error);
        var appSlug = Required(spec, LicenseFields.AppSlug, ref error);
        var customerName = Required(spec, LicenseFields.CustomerName, ref error);
        var endpoint = Optional(spec, LicenseFields.Endpoint, "spec.", ref error);
        var proxyDomain = Optional(spec, LicenseFields.ProxyRegistryDomain, "spec.", ref error);
        var registryDomain = Optional(spec, LicenseFields.RegistryDomain, "spec.", ref error);
        var expiresAt = ExpiresAt(spec, ref error);
        if (error is not null)
        {
            return Outcome<LicenseSpec>.Fail(error);
        }

        return Outcome<LicenseSpec>.Ok(new LicenseSpec
        {
            LicenseId = licenseId!,
            AppSlug = appSlug!,
            CustomerName = customerName!,
            Endpoint = endpoint,
            ProxyRegistryDomain = proxyDomain,
            RegistryDomain = registryDomain,
            ExpiresAt = expiresAt,
        });
    }

    /// <summary>Parses an expiry as written in <c>expires_at.value</c>: RFC 3339 (a missing zone means UTC) or a bare date.</summary>
    private static bool TryParseDate(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);

    private static DateTimeOffset? ExpiresAt(DocMapping spec, ref string? error)
    {
        const string EntitlementsPath = "spec.entitlements";
        const string ExpiresPath = EntitlementsPath + ".expires_at";
        var entitlements = Mapping(spec, LicenseFields.Entitlements, EntitlementsPath, ref error);
        var expires = entitlements is null ? null : Mapping(entitlements, LicenseFields.ExpiresAt, ExpiresPath, ref error);
        var text = expires is null ? null : Optional(expires, LicenseFields.Value, ExpiresPath + ".", ref error);
        if (text is null)
        {
            // KOTS writes value: "" for a license that never expires.
            return null;
        }

        if (TryParseDate(text, out var value))
        {
            return value;
        }

        error ??= $"{ExpiresPath}.value is not an RFC 3339 date-time: '{Printable.Short(text)}'";
        return null;
    }

    private static string? Required(DocMapping spec, string key, ref string? error)
    {
        var value = Optional(spec, key, "spec.", ref error);
        if (value is null)
        {
            error ??= $"spec.{key} is missing";
        }

        return value;
    }

    /// <summary>A string field: missing, null and empty all read as <see langword="null"/>;
    /// a number or boolean reads as its text; a mapping or sequence is an error.</summary>
    private static string? Optional(DocMapping parent, string key, string path, ref string? error)
    {
        if (!parent.TryGet(key, out var node))
        {
            return null;
        }

        if (node is not DocScalar scalar)
        {
            error ??= $"{path}{key} must be a string, not {node.Describe()}";
            return null;
        }

        return scalar.Kind == ScalarKind.Null || scalar.Text.Length == 0 ? null : scalar.Text;
    }

    private static DocMapping? Mapping(DocMapping parent, string key, string path, ref string? error)
    {
        if (!parent.TryGet(key, out var node) || node is DocScalar { Kind: ScalarKind.Null })
        {
            return null;
        }

        if (node is DocMapping mapping)
        {
            return mapping;
        }

        error ??= $"{path} must be a mapping, not {node.Describe()}";
        return null;
    }

    private static string? TextOf(DocMapping mapping, string key) =>
        mapping.TryGet(key, out var node) && node is DocScalar scalar ? scalar.Text : null;
}
