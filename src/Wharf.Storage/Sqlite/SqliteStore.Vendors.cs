using Microsoft.Data.Sqlite;
using Wharf.Storage.Model;

namespace Wharf.Storage.Sqlite;

public sealed partial class SqliteStore
{
    private const string VendorColumns = "v.id, v.name, v.is_instance_admin, v.created_at";

    public async Task<Vendor?> CreateVendorAsync(string name, bool isInstanceAdmin, byte[] encryptedSigningKey, byte[] firstTokenHash, CancellationToken ct)
    {
        var now = ToUnixMs(DateTimeOffset.UtcNow);
        await using var connection = await OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        try
        {
            await using var vendor = Command(
                connection, "INSERT INTO vendors (name, is_instance_admin, signing_key, created_at) VALUES ($n, $a, $k, $t) RETURNING id",
                [("$n", name), ("$a", isInstanceAdmin ? 1 : 0), ("$k", encryptedSigningKey), ("$t", now)]);
            vendor.Transaction = transaction;
            var id = (long)(await vendor.ExecuteScalarAsync(ct))!;
            await using var token = Command(connection, "INSERT INTO api_tokens (token_hash, vendor_id) VALUES ($h, $v)", [("$h", firstTokenHash), ("$v", id)]);
            token.Transaction = transaction;
            await token.ExecuteNonQueryAsync(ct);
            await transaction.CommitAsync(ct);
            return new Vendor(id, name, isInstanceAdmin, FromUnixMs(now));
        }
        catch (SqliteException e) when (IsUniqueViolation(e))
        {
            return null;
        }
    }

    public Task<int> CountVendorsAsync(CancellationToken ct) => ScalarAsync<int>("SELECT count(*) FROM vendors", ct);

    public Task AddApiTokenAsync(long vendorId, byte[] tokenHash, CancellationToken ct) =>
        ExecuteAsync("INSERT INTO api_tokens (token_hash, vendor_id) VALUES ($h, $v)", ct, ("$h", tokenHash), ("$v", vendorId));

    public Task<Vendor?> FindVendorByTokenHashAsync(byte[] tokenHash, CancellationToken ct) =>
        QuerySingleAsync(
            $"SELECT {VendorColumns} FROM vendors v JOIN api_tokens t ON t.vendor_id = v.id WHERE t.token_hash = $h",
            ReadVendor, ct, ("$h", tokenHash));

    public Task<Vendor?> FindVendorAsync(long vendorId, CancellationToken ct) =>
        QuerySingleAsync($"SELECT {VendorColumns} FROM vendors v WHERE v.id = $id", ReadVendor, ct, ("$id", vendorId));

    public async Task<byte[]> GetEncryptedSigningKeyAsync(long vendorId, CancellationToken ct)
    {
        var rows = await QueryAsync("SELECT signing_key FROM vendors WHERE id = $id", r => (byte[])r[0], ct, ("$id", vendorId));
        return rows.Count == 1 ? rows[0] : throw new InvalidOperationException($"vendor {vendorId} does not exist");
    }

    private static Vendor ReadVendor(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetInt64(2) != 0, FromUnixMs(r.GetInt64(3)));
}
