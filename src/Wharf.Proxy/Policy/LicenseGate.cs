using System.Collections.Concurrent;
using Wharf.Licensing;
using Wharf.Oci;
using Wharf.Storage;
using Wharf.Storage.Model;

namespace Wharf.Proxy.Policy;

/// <summary>
/// Checks license IDs on every request (SPEC §2.2). Found licenses are cached for <see cref="Freshness"/> so a
/// burst of blob and manifest requests costs one store read, while a revocation still takes effect within
/// seconds, tokens already issued included (they carry the license ID and come through here too).
/// </summary>
public sealed class LicenseGate(ILicenseStore store, TimeProvider time)
{
    /// <summary>How stale a cached license may be; the revocation deadline of issue #2 is 5 s.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(2);

    private const int MaxCached = 100_000;
    private readonly ConcurrentDictionary<string, (LicenseRecord License, DateTimeOffset Fetched)> _cache = new(StringComparer.Ordinal);

    public async Task<LicenseCheck> CheckAsync(string licenseId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        LicenseRecord? license;
        if (_cache.TryGetValue(licenseId, out var hit) && now - hit.Fetched < Freshness)
        {
            license = hit.License;
        }
        else
        {
            // Anything not shaped like a license ID (empty, too long, NUL or other bytes a store may reject) is
            // unknown without a store round trip.
            license = LicenseId.IsWellFormed(licenseId) ? await store.FindLicenseAsync(licenseId, ct) : null;
            if (license is null)
            {
                _cache.TryRemove(licenseId, out _);
                return LicenseCheck.Refused(new OciError(OciErrorCode.Unauthorized, "authentication required: unknown license"));
            }

            if (_cache.Count >= MaxCached)
            {
                _cache.Clear();
            }

            _cache[licenseId] = (license, now);
        }

        return license.UnusableReason(now) is { } reason
            ? LicenseCheck.Refused(new OciError(OciErrorCode.Denied, reason), license)
            : LicenseCheck.Usable(license);
    }

    /// <summary>Drops a cached license at once (after a revocation on this replica).</summary>
    public void Forget(string licenseId) => _cache.TryRemove(licenseId, out _);
}
