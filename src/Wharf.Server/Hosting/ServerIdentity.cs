using Microsoft.AspNetCore.Http;
using Wharf.Licensing;
using Wharf.Storage.Model;

namespace Wharf.Server.Hosting;

/// <summary>The names this instance goes by: its proxy domain and the optional vendor registry domain (SPEC §1).</summary>
internal sealed class ServerIdentity(string proxyDomain, string? registryDomain)
{
    public string ProxyDomain { get; } = proxyDomain;

    public string? RegistryDomain { get; } = registryDomain;

    /// <summary>What goes into a license document: the endpoint is the URL the vendor reached us on.</summary>
    public LicenseSpec LicenseSpecFor(LicenseRecord record, HttpContext context) => new()
    {
        LicenseId = record.LicenseId,
        AppSlug = record.AppSlug,
        CustomerName = record.CustomerName,
        Endpoint = Uri.TryCreate($"{context.Request.Scheme}://{context.Request.Host.Value}", UriKind.Absolute, out var endpoint) ? endpoint.GetLeftPart(UriPartial.Authority) : null,
        ProxyRegistryDomain = ProxyDomain,
        RegistryDomain = RegistryDomain,
        ExpiresAt = record.ExpiresAt,
    };
}
