using Microsoft.Data.Sqlite;
using Wharf.Storage.Model;

namespace Wharf.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public async Task<CustomDomain?> AddDomainAsync(long vendorId, long appId, string domain, CancellationToken ct)
    {
        var now = ToUnixMs(DateTimeOffset.UtcNow);
        try
        {
            var id = await ScalarAsync<long>(
                "INSERT INTO domains (vendor_id, app_id, domain, created_at) VALUES ($v, $a, $d, $t) RETURNING id",
                ct, ("$v", vendorId), ("$a", appId), ("$d", domain), ("$t", now));
            return new CustomDomain(id, vendorId, appId, domain, FromUnixMs(now));
        }
        catch (SqliteException e) when (IsUniqueViolation(e))
        {
            return null;
        }
    }

    public Task<CustomDomain?> FindDomainAsync(string domain, CancellationToken ct) =>
        QuerySingleAsync("SELECT id, vendor_id, app_id, domain, created_at FROM domains WHERE domain = $d", ReadDomain, ct, ("$d", domain));

    public Task<IReadOnlyList<CustomDomain>> ListDomainsAsync(long vendorId, CancellationToken ct) =>
        QueryAsync("SELECT id, vendor_id, app_id, domain, created_at FROM domains WHERE vendor_id = $v ORDER BY domain", ReadDomain, ct, ("$v", vendorId));

    private static CustomDomain ReadDomain(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetString(3), FromUnixMs(r.GetInt64(4)));
}
