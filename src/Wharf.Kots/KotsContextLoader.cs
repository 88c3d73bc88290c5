using System.Diagnostics.CodeAnalysis;
using Wharf.Licensing;
using Wharf.Oci;

namespace Wharf.Kots;

/// <summary>
/// Builds a <see cref="KotsContext"/> from <see cref="KotsContextSettings"/>: verifies the license offline
/// (an unverified or expired license is never used, SPEC §2.5, §5), resolves the proxy and registry domains
/// (SPEC §3.1 without a release: flag, else license, else the license endpoint's host), reads the config
/// values and the local registry. Every failure is one line for the user.
/// </summary>
public static class KotsContextLoader
{
    private const int MaxKeyBytes = 64 * 1024;

    /// <summary>Loads the context; false with a one-line error.</summary>
    public static bool TryLoad(KotsContextSettings settings, [NotNullWhen(true)] out KotsContext? context, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(settings);
        context = null;
        if (!TryVerifyLicense(settings, out var license, out var licenseYaml, out error)
            || !TryDomains(settings, license, out var proxy, out var registry, out error)
            || !TryLocalRegistry(settings, out var local, out error)
            || !TryConfigValues(settings, out var config, out error)
            || !TryPrivacy(settings, out var isPublic, out error))
        {
            return false;
        }

        context = new KotsContext
        {
            AppSlug = license.AppSlug,
            LicenseId = license.LicenseId,
            Namespace = string.IsNullOrWhiteSpace(settings.Namespace) ? null : settings.Namespace,
            ProxyHost = proxy,
            RegistryHost = registry,
            LocalRegistry = local,
            LicenseFields = KotsLicenseFields.Read(licenseYaml),
            ConfigValues = config,
            IsPublicImage = isPublic,
        };
        return true;
    }

    private static bool TryVerifyLicense(KotsContextSettings settings, [NotNullWhen(true)] out LicenseSpec? license, out string licenseYaml, [NotNullWhen(false)] out string? error)
    {
        license = null;
        licenseYaml = string.Empty;
        if (settings.LicenseKeyFile is null)
        {
            error = "no license key: pass --license-key FILE (an unverified license is never used)";
            return false;
        }

        if (!TryReadSmall(settings.LicenseKeyFile, MaxKeyBytes, "license key", out var pem, out error))
        {
            return false;
        }

        if (!LicensePublicKey.TryFromPem(pem, out var key, out var keyError))
        {
            error = $"license key {settings.LicenseKeyFile}: {keyError}";
            return false;
        }

        if (!TryReadSmall(settings.LicenseFile, LicenseDocument.MaxDocumentBytes, "license", out var yaml, out error))
        {
            return false;
        }

        var verified = LicenseDocument.Verify(yaml, key).EnsureUsable(settings.Time.GetUtcNow());
        if (!verified.IsValid)
        {
            error = $"license {settings.LicenseFile}: {verified.Error}";
            return false;
        }

        license = verified.License;
        licenseYaml = yaml;
        return true;
    }

    private static bool TryDomains(KotsContextSettings settings, LicenseSpec license, out string? proxy, out string? registry, [NotNullWhen(false)] out string? error)
    {
        proxy = settings.ProxyDomain ?? license.ProxyRegistryDomain ?? EndpointHost(license.Endpoint);
        registry = settings.RegistryDomain ?? license.RegistryDomain;
        foreach (var (name, value) in new[] { ("proxy domain", proxy), ("registry domain", registry) })
        {
            if (value is not null && !RegistryHosts.TryParse(value, out _, out _))
            {
                error = $"{name} '{value}' is not a registry host (HOST or HOST:PORT)";
                return false;
            }
        }

        error = null;
        return true;
    }

    private static string? EndpointHost(string? endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? uri.IsDefaultPort ? uri.Host : uri.Authority
            : null;

    private static bool TryLocalRegistry(KotsContextSettings settings, out LocalRegistry? local, [NotNullWhen(false)] out string? error)
    {
        local = null;
        error = null;
        if (settings.LocalRegistry is null)
        {
            if (settings.LocalRegistryUsername is not null || settings.LocalRegistryPassword is not null)
            {
                error = "--local-registry-username and the password need --local-registry";
                return false;
            }

            return true;
        }

        if (settings.LocalRegistryUsername is null != settings.LocalRegistryPassword is null)
        {
            error = "--local-registry-username and --local-registry-password-stdin go together";
            return false;
        }

        if (!LocalRegistry.TryParse(settings.LocalRegistry, out var parsed, out error))
        {
            return false;
        }

        local = parsed with { Username = settings.LocalRegistryUsername, Password = settings.LocalRegistryPassword };
        return true;
    }

    private static bool TryConfigValues(KotsContextSettings settings, out IReadOnlyDictionary<string, ConfigValue> values, [NotNullWhen(false)] out string? error) =>
        TryReadConfigValues(settings.ConfigValuesFile, out values, out error);

    /// <summary>
    /// Reads a <c>--config-values</c> file (empty values when <paramref name="path"/> is null); false with a one-line
    /// error naming the file. Shared by every command that takes the flag.
    /// </summary>
    public static bool TryReadConfigValues(string? path, out IReadOnlyDictionary<string, ConfigValue> values, [NotNullWhen(false)] out string? error)
    {
        values = new Dictionary<string, ConfigValue>(StringComparer.Ordinal);
        if (path is null)
        {
            error = null;
            return true;
        }

        if (!TryReadSmall(path, ConfigValuesFile.MaxBytes, "config values", out var text, out error)
            || !ConfigValuesFile.TryRead(text, path, out var read, out error))
        {
            return false;
        }

        values = read;
        return true;
    }

    private static bool TryPrivacy(KotsContextSettings settings, out Func<ImageReference, bool>? isPublic, [NotNullWhen(false)] out string? error)
    {
        isPublic = null;
        error = null;
        var listed = new List<ImageReference>();
        foreach (var image in settings.PrivateImages)
        {
            if (!ImageReference.TryParse(image, out var reference, out var problem))
            {
                error = $"--private-image '{image}': {problem}";
                return false;
            }

            listed.Add(reference);
        }

        if (!settings.AllPrivate && listed.Count > 0)
        {
            isPublic = image => !listed.Any(l => Matches(l, image));
        }

        return true;
    }

    /// <summary>A listed image matches by normalised name; a listed tag or digest must match too.</summary>
    private static bool Matches(ImageReference listed, ImageReference image) =>
        string.Equals(listed.FullName, image.FullName, StringComparison.Ordinal)
        && (listed.Tag is null || listed.Tag == image.Tag)
        && (listed.Digest is null || listed.Digest == image.Digest);

    /// <summary>
    /// Reads one of the small input files of an installation (license, key, config values) with a size bound; false
    /// with a one-line error such as <c>license file X does not exist</c>. <paramref name="what"/> names the file's role.
    /// </summary>
    public static bool TryReadSmall(string path, int max, string what, out string text, [NotNullWhen(false)] out string? error)
    {
        text = string.Empty;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                error = $"{what} file {path} does not exist";
                return false;
            }

            if (info.Length > max)
            {
                error = $"{what} file {path} is larger than {max / 1024} KiB";
                return false;
            }

            text = File.ReadAllText(path);
            error = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read {what} file {path}: {e.Message}";
            return false;
        }
    }
}
