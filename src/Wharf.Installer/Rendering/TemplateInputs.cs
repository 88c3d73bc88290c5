using Wharf.Installer.Release;
using Wharf.Kots;
using Wharf.Licensing;
using Wharf.Oci;

namespace Wharf.Installer.Rendering;

/// <summary>
/// What the KOTS template functions see during a render (SPEC §3.5): the verified license and its fields, the
/// config values (<c>--config-values</c>), the local registry (<c>--local-registry</c>), the namespace and the
/// proxy and registry domains (SPEC §3.1, which depend on the Application, hence <see cref="ContextFor"/>).
/// The files are read once, when this is built; a bad file fails the render before anything is rendered.
/// </summary>
internal sealed class TemplateInputs
{
    private readonly RenderOptions options;
    private readonly LicenseSpec license;
    private readonly IReadOnlyDictionary<string, string> licenseFields;
    private readonly IReadOnlyDictionary<string, ConfigValue> configValues;

    public TemplateInputs(RenderOptions options, LicenseSpec license, string licenseYaml)
    {
        this.options = options;
        this.license = license;
        licenseFields = KotsLicenseFields.Read(licenseYaml);
        configValues = ReadConfigValues(options.ConfigValuesFile);
        LocalRegistry = ReadLocalRegistry(options);
    }

    /// <summary>The local registry, with its credentials, or null.</summary>
    public LocalRegistry? LocalRegistry { get; }

    /// <summary>The context for documents read alongside <paramref name="application"/> (null: the Application itself).</summary>
    public KotsContext ContextFor(KotsApplication? application, Func<ImageReference, bool> isPublic)
    {
        var domains = DomainResolver.TryResolve(options, license, application, LocalRegistry);
        return new KotsContext
        {
            AppSlug = license.AppSlug,
            LicenseId = license.LicenseId,
            Namespace = options.Namespace,
            ProxyHost = domains?.ProxyHost,
            RegistryHost = domains?.RegistryHost,
            LocalRegistry = LocalRegistry,
            LicenseFields = licenseFields,
            ConfigValues = configValues,
            IsPublicImage = isPublic,
        };
    }

    private static IReadOnlyDictionary<string, ConfigValue> ReadConfigValues(string? path) =>
        KotsContextLoader.TryReadConfigValues(path, out var values, out var error) ? values : throw new RenderFailure(error);

    private static LocalRegistry? ReadLocalRegistry(RenderOptions options)
    {
        if (options.LocalRegistry is null)
        {
            return options.LocalRegistryUsername is null && options.LocalRegistryPassword is null
                ? null
                : throw new RenderFailure("a local registry user name or password needs --local-registry");
        }

        if (options.LocalRegistryUsername is null != options.LocalRegistryPassword is null)
        {
            throw new RenderFailure("--local-registry-username and --local-registry-password-stdin go together");
        }

        return LocalRegistry.TryParse(options.LocalRegistry, out var parsed, out var error)
            ? parsed with { Username = options.LocalRegistryUsername, Password = options.LocalRegistryPassword }
            : throw new RenderFailure(error);
    }
}
