using Wharf.Storage.Model;

namespace Wharf.Storage;

/// <summary>Vendors, their API tokens (kept as SHA-256 hashes) and their license-signing keys.</summary>
public interface IVendorStore
{
    /// <summary>
    /// Creates the vendor together with its first API token (one transaction: a vendor is never left without a way
    /// in), or returns null when the name is taken.
    /// </summary>
    Task<Vendor?> CreateVendorAsync(string name, bool isInstanceAdmin, byte[] encryptedSigningKey, byte[] firstTokenHash, CancellationToken ct);
    Task<int> CountVendorsAsync(CancellationToken ct);
    Task AddApiTokenAsync(long vendorId, byte[] tokenHash, CancellationToken ct);
    Task<Vendor?> FindVendorByTokenHashAsync(byte[] tokenHash, CancellationToken ct);
    Task<Vendor?> FindVendorAsync(long vendorId, CancellationToken ct);
    Task<byte[]> GetEncryptedSigningKeyAsync(long vendorId, CancellationToken ct);
}
