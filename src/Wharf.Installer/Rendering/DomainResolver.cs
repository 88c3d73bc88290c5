using Wharf.Installer.Release;
using Wharf.Kots;
using Wharf.Licensing;

namespace Wharf.Installer.Rendering;

/// <summary>
/// The proxy and registry domains of SPEC §3.1: the proxy domain is <c>--proxy-domain</c>, else the
/// license's <c>proxyRegistryDomain</c>, else the Application's <c>proxyRegistryDomain</c>, else the host
/// of the license's <c>endpoint</c>; the registry domain is <c>--registry-domain</c>, else the license's
/// <c>registryDomain</c>, else the Application's <c>replicatedRegistryDomain</c>. The candidates not
/// chosen are still recognised in image names (SPEC §3.3).
/// </summary>
internal static class DomainResolver
{
    public static ProxySettings Resolve(RenderOptions options, LicenseSpec license, KotsApplication? application, LocalRegistry? localRegistry) =>
        TryResolve(options, license, application, localRegistry)
        ?? throw new RenderFailure("no proxy domain: pass --proxy-domain (the license names none and has no endpoint)");

    /// <summary>As <see cref="Resolve"/>, but null when no proxy domain is known yet (the Application may name one).</summary>
    public static ProxySettings? TryResolve(RenderOptions options, LicenseSpec license, KotsApplication? application, LocalRegistry? localRegistry)
    {
        var endpointHost = Uri.TryCreate(license.Endpoint, UriKind.Absolute, out var endpoint) ? endpoint.Authority : null;
        string?[] proxyCandidates = [options.ProxyDomain, license.ProxyRegistryDomain, application?.ProxyRegistryDomain, endpointHost];
        string?[] registryCandidates = [options.RegistryDomain, license.RegistryDomain, application?.ReplicatedRegistryDomain];

        var proxy = proxyCandidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));
        if (proxy is null)
        {
            return null;
        }

        var registry = registryCandidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));
        Check(proxy, "proxy domain");
        if (registry is not null)
        {
            Check(registry, "registry domain");
        }

        return new ProxySettings
        {
            AppSlug = license.AppSlug,
            ProxyHost = proxy,
            RegistryHost = registry,
            OtherProxyHosts = Others(proxyCandidates, proxy),
            OtherRegistryHosts = Others(registryCandidates, registry),
            LocalRegistry = localRegistry,
        };
    }

    private static void Check(string domain, string what)
    {
        if (!RegistryHosts.TryParse(domain, out _, out _))
        {
            throw new RenderFailure($"{what} '{domain}' is not a registry host (HOST or HOST:PORT, with a '.' or a port, or localhost)");
        }
    }

    private static string[] Others(IEnumerable<string?> candidates, string? chosen) =>
        candidates.OfType<string>()
            .Where(c => !string.IsNullOrWhiteSpace(c) && !string.Equals(c, chosen, StringComparison.OrdinalIgnoreCase) && RegistryHosts.TryParse(c, out _, out _))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
}
