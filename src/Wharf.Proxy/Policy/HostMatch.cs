namespace Wharf.Proxy.Policy;

/// <summary>How the Host a client used relates to this instance: the proxy domain, a vendor's custom domain, or neither.</summary>
public sealed record HostMatch(bool IsKnown, long? CustomDomainVendorId)
{
    public static readonly HostMatch ProxyDomain = new(true, null);
    public static readonly HostMatch Unknown = new(false, null);

    public static HostMatch CustomDomain(long vendorId) => new(true, vendorId);

    /// <summary>True when requests on this host may reach an app of <paramref name="vendorId"/>.</summary>
    public bool Allows(long vendorId) => IsKnown && (CustomDomainVendorId is null || CustomDomainVendorId == vendorId);
}
