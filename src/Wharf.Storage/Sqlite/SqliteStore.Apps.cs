using Microsoft.Data.Sqlite;
using Wharf.Storage.Model;

namespace Wharf.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public async Task<App?> CreateAppAsync(long vendorId, string slug, CancellationToken ct)
    {
        var now = ToUnixMs(DateTimeOffset.UtcNow);
        try
        {
            var id = await ScalarAsync<long>(
                "INSERT INTO apps (vendor_id, slug, created_at) VALUES ($v, $s, $t) RETURNING id",
                ct, ("$v", vendorId), ("$s", slug), ("$t", now));
            return new App(id, vendorId, slug, FromUnixMs(now));
        }
        catch (SqliteException e) when (IsUniqueViolation(e))
        {
            return null;
        }
    }

    public Task<App?> FindAppAsync(string slug, CancellationToken ct) =>
        QuerySingleAsync("SELECT id, vendor_id, slug, created_at FROM apps WHERE slug = $s", ReadApp, ct, ("$s", slug));

    public Task<IReadOnlyList<App>> ListAppsAsync(long vendorId, CancellationToken ct) =>
        QueryAsync("SELECT id, vendor_id, slug, created_at FROM apps WHERE vendor_id = $v ORDER BY slug", ReadApp, ct, ("$v", vendorId));

    private static App ReadApp(SqliteDataReader r) => new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), FromUnixMs(r.GetInt64(3)));
}
