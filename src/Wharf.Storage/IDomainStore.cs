using Wharf.Storage.Model;

namespace Wharf.Storage;

/// <summary>Custom domains; a domain belongs to one vendor instance-wide.</summary>
public interface IDomainStore
{
    /// <summary>Registers the domain, or returns null when it is already registered.</summary>
    Task<CustomDomain?> AddDomainAsync(long vendorId, long appId, string domain, CancellationToken ct);
    Task<CustomDomain?> FindDomainAsync(string domain, CancellationToken ct);
    Task<IReadOnlyList<CustomDomain>> ListDomainsAsync(long vendorId, CancellationToken ct);
}
