using Npgsql;
using Wharf.Storage.Model;

namespace Wharf.Storage.Postgres;

public sealed partial class PostgresStore
{
    public async Task<CustomDomain?> AddDomainAsync(long vendorId, long appId, string domain, CancellationToken ct)
    {
        var now = Now();
        try
        {
            var id = await ScalarAsync<long>(
                "INSERT INTO domains (vendor_id, app_id, domain, created_at) VALUES (@v, @a, @d, @t) RETURNING id",
                ct, PgArg.Bigint("v", vendorId), PgArg.Bigint("a", appId), PgArg.Text("d", domain), PgArg.Time("t", now));
            return new CustomDomain(id, vendorId, appId, domain, now);
        }
        catch (PostgresException e) when (IsConstraintViolation(e))
        {
            return null;
        }
    }

    public Task<CustomDomain?> FindDomainAsync(string domain, CancellationToken ct) =>
        QuerySingleAsync("SELECT id, vendor_id, app_id, domain, created_at FROM domains WHERE domain = @d", ReadDomain, ct, PgArg.Text("d", domain));

    public Task<IReadOnlyList<CustomDomain>> ListDomainsAsync(long vendorId, CancellationToken ct) =>
        QueryAsync(
            "SELECT id, vendor_id, app_id, domain, created_at FROM domains WHERE vendor_id = @v ORDER BY domain",
            ReadDomain, ct, PgArg.Bigint("v", vendorId));

    private static CustomDomain ReadDomain(NpgsqlDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetString(3), ReadTime(r, 4));
}
