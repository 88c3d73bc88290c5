using Wharf.Kots;

namespace Wharf.Installer;

/// <summary>
/// The hosts images are rewritten to and recognised by (SPEC §3.1, §3.3): the proxy domain every
/// private image is routed through, and the vendor registry domain.
/// </summary>
public sealed record ProxySettings
{
    /// <summary>The app slug: proxied names are <c>PROXY/proxy/APP_SLUG/...</c> and the pull secret is <c>APP_SLUG-registry</c>.</summary>
    public required string AppSlug { get; init; }

    /// <summary>The proxy domain (<c>host</c> or <c>host:port</c>) private images are rewritten to.</summary>
    public required string ProxyHost { get; init; }

    /// <summary>The vendor registry domain in effect, or <see langword="null"/> when there is none.</summary>
    public string? RegistryHost { get; init; }

    /// <summary>Other proxy domains the release may already use (the license's, the Application's): images there are left alone too.</summary>
    public IReadOnlyList<string> OtherProxyHosts { get; init; } = [];

    /// <summary>Other registry domains: images there get their host swapped to <see cref="RegistryHost"/> (a custom registry domain).</summary>
    public IReadOnlyList<string> OtherRegistryHosts { get; init; } = [];

    /// <summary>The local registry every image was pushed to (SPEC §3.1 optional setting), or <see langword="null"/>:
    /// then every image is rewritten to <c>HOST/NAMESPACE/LASTSEGMENT</c> instead of the proxy.</summary>
    public LocalRegistry? LocalRegistry { get; init; }

    /// <summary>The name of the image pull secret, <c>APP_SLUG-registry</c> (SPEC §3.4).</summary>
    public string PullSecretName => AppSlug + "-registry";
}
