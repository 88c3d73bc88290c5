using Npgsql;
using Wharf.Storage.Model;

namespace Wharf.Storage.Postgres;

public sealed partial class PostgresStore
{
    public async Task<App?> CreateAppAsync(long vendorId, string slug, CancellationToken ct)
    {
        var now = Now();
        try
        {
            var id = await ScalarAsync<long>(
                "INSERT INTO apps (vendor_id, slug, created_at) VALUES (@v, @s, @t) RETURNING id",
                ct, PgArg.Bigint("v", vendorId), PgArg.Text("s", slug), PgArg.Time("t", now));
            return new App(id, vendorId, slug, now);
        }
        catch (PostgresException e) when (IsConstraintViolation(e))
        {
            return null;
        }
    }

    public Task<App?> FindAppAsync(string slug, CancellationToken ct) =>
        QuerySingleAsync("SELECT id, vendor_id, slug, created_at FROM apps WHERE slug = @s", ReadApp, ct, PgArg.Text("s", slug));

    public Task<IReadOnlyList<App>> ListAppsAsync(long vendorId, CancellationToken ct) =>
        QueryAsync("SELECT id, vendor_id, slug, created_at FROM apps WHERE vendor_id = @v ORDER BY slug", ReadApp, ct, PgArg.Bigint("v", vendorId));

    private static App ReadApp(NpgsqlDataReader r) => new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), ReadTime(r, 3));
}
