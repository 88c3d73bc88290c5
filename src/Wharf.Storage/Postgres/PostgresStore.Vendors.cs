using Npgsql;
using Wharf.Storage.Model;

namespace Wharf.Storage.Postgres;

public sealed partial class PostgresStore
{
    private const string VendorColumns = "v.id, v.name, v.is_instance_admin, v.created_at";

    public async Task<Vendor?> CreateVendorAsync(string name, bool isInstanceAdmin, byte[] encryptedSigningKey, byte[] firstTokenHash, CancellationToken ct)
    {
        var now = Now();
        try
        {
            // One statement, so one transaction: the vendor and its first token land together or not at all.
            var id = await ScalarAsync<long>(
                """
                WITH v AS (INSERT INTO vendors (name, is_instance_admin, signing_key, created_at) VALUES (@n, @a, @k, @t) RETURNING id)
                INSERT INTO api_tokens (token_hash, vendor_id) SELECT @h, id FROM v RETURNING vendor_id
                """,
                ct, PgArg.Text("n", name), PgArg.Boolean("a", isInstanceAdmin), PgArg.Bytea("k", encryptedSigningKey), PgArg.Time("t", now),
                PgArg.Bytea("h", firstTokenHash));
            return new Vendor(id, name, isInstanceAdmin, now);
        }
        catch (PostgresException e) when (IsConstraintViolation(e))
        {
            return null;
        }
    }

    public Task<int> CountVendorsAsync(CancellationToken ct) => ScalarAsync<int>("SELECT count(*) FROM vendors", ct);

    public Task AddApiTokenAsync(long vendorId, byte[] tokenHash, CancellationToken ct) =>
        ExecuteAsync(
            "INSERT INTO api_tokens (token_hash, vendor_id) VALUES (@h, @v)", ct, PgArg.Bytea("h", tokenHash), PgArg.Bigint("v", vendorId));

    public Task<Vendor?> FindVendorByTokenHashAsync(byte[] tokenHash, CancellationToken ct) =>
        QuerySingleAsync(
            $"SELECT {VendorColumns} FROM vendors v JOIN api_tokens t ON t.vendor_id = v.id WHERE t.token_hash = @h",
            ReadVendor, ct, PgArg.Bytea("h", tokenHash));

    public Task<Vendor?> FindVendorAsync(long vendorId, CancellationToken ct) =>
        QuerySingleAsync($"SELECT {VendorColumns} FROM vendors v WHERE v.id = @id", ReadVendor, ct, PgArg.Bigint("id", vendorId));

    public async Task<byte[]> GetEncryptedSigningKeyAsync(long vendorId, CancellationToken ct)
    {
        var rows = await QueryAsync(
            "SELECT signing_key FROM vendors WHERE id = @id", r => r.GetFieldValue<byte[]>(0), ct, PgArg.Bigint("id", vendorId));
        return rows.Count == 1 ? rows[0] : throw new InvalidOperationException($"vendor {vendorId} does not exist");
    }

    private static Vendor ReadVendor(NpgsqlDataReader r) => new(r.GetInt64(0), r.GetString(1), r.GetBoolean(2), ReadTime(r, 3));
}
