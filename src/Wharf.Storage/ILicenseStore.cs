using Wharf.Storage.Model;

namespace Wharf.Storage;

/// <summary>Customer licenses.</summary>
public interface ILicenseStore
{
    Task CreateLicenseAsync(LicenseRecord license, CancellationToken ct);
    Task<LicenseRecord?> FindLicenseAsync(string licenseId, CancellationToken ct);
    Task<IReadOnlyList<LicenseRecord>> ListLicensesAsync(long vendorId, long? appId, CancellationToken ct);
    /// <summary>Marks the vendor's license revoked; false when the vendor has no such license.</summary>
    Task<bool> RevokeLicenseAsync(long vendorId, string licenseId, DateTimeOffset at, CancellationToken ct);
}
