using Wharf.Oci;

namespace Wharf.Kots;

/// <summary>
/// Everything the KOTS template functions (SPEC §3.5) and the run-time image rewrite (SPEC §3.6) need
/// to know about one installation: the app and license, the hosts images go through, an optional local
/// registry, the customer's config values and which images are public. Build one with
/// <see cref="KotsContextLoader"/> from files and flags, or directly in code (operators, tests).
/// </summary>
public sealed record KotsContext
{
    /// <summary>The app slug (<c>my-app</c>); empty when unknown, which makes <c>ImagePullSecretName</c> empty.</summary>
    public required string AppSlug { get; init; }

    /// <summary>The license ID, the pull secret's password; <see langword="null"/> when there is no license.</summary>
    public string? LicenseId { get; init; }

    /// <summary>The app namespace (<c>Namespace</c> function), or <see langword="null"/> (the function returns <c>""</c>).</summary>
    public string? Namespace { get; init; }

    /// <summary>The proxy domain (<c>host</c> or <c>host:port</c>) private images are routed through (SPEC §3.1).</summary>
    public string? ProxyHost { get; init; }

    /// <summary>The registry domain, or <see langword="null"/>; pull secrets then hold the proxy host alone (SPEC §3.4).</summary>
    public string? RegistryHost { get; init; }

    /// <summary>The local registry, when images were pushed to one.</summary>
    public LocalRegistry? LocalRegistry { get; init; }

    /// <summary>License fields by name for <c>LicenseFieldValue</c> (see <see cref="KotsLicenseFields"/>).</summary>
    public IReadOnlyDictionary<string, string> LicenseFields { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Config items by name for <c>ConfigOption</c> and friends.</summary>
    public IReadOnlyDictionary<string, ConfigValue> ConfigValues { get; init; } = new Dictionary<string, ConfigValue>(StringComparer.Ordinal);

    /// <summary>
    /// Says which images need no proxy (public images, SPEC §3.2). <see langword="null"/>: every image that is
    /// not already on the proxy or registry domain is private, the safe default for a firewalled cluster.
    /// </summary>
    public Func<ImageReference, bool>? IsPublicImage { get; init; }

    /// <summary>
    /// The default values of the chart the document being rendered installs (Embedded Cluster's <c>HelmValue</c>);
    /// set by <see cref="HelmChartV2Renderer"/> for each HelmChart v2 document, null elsewhere.
    /// </summary>
    public Helm.ChartValues? ChartValues { get; init; }

    /// <summary><c>APP_SLUG-registry</c>, or <c>""</c> with no app (SPEC §3.4, §3.5).</summary>
    public string PullSecretName => AppSlug.Length == 0 ? string.Empty : AppSlug + "-registry";

    /// <summary>True when a local registry is configured.</summary>
    public bool HasLocalRegistry => LocalRegistry is not null;
}
