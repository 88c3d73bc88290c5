using System.Diagnostics.CodeAnalysis;
using Wharf.Oci;

namespace Wharf.Kots;

/// <summary>
/// Registry host names (<c>host</c> or <c>host:port</c>) through the one reference parser (STYLE practice 1),
/// and the comparison SPEC §3.3 uses: same host, case-insensitive, and the same port when the domain names one.
/// </summary>
public static class RegistryHosts
{
    /// <summary>Splits <c>host[:port]</c>; false when <paramref name="domain"/> is not a registry host.</summary>
    public static bool TryParse(string? domain, [NotNullWhen(true)] out string? host, out int? port)
    {
        host = null;
        port = null;
        if (string.IsNullOrEmpty(domain) || domain.Contains('/', StringComparison.Ordinal)
            || !ImageReference.TryParse(domain + "/x", out var probe, out _)
            || !string.Equals(probe.Registry, domain, StringComparison.Ordinal))
        {
            return false;
        }

        host = probe.RegistryHost;
        port = probe.RegistryPort;
        return true;
    }

    /// <summary>True when <paramref name="image"/> lives on <paramref name="domain"/>.</summary>
    public static bool IsOn(ImageReference image, string? domain) =>
        image is not null
        && TryParse(domain, out var host, out var port)
        && string.Equals(image.RegistryHost, host, StringComparison.OrdinalIgnoreCase)
        && (port is null || image.RegistryPort == port);
}
