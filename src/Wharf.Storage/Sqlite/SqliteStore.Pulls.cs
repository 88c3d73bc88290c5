using Wharf.Storage.Model;

namespace Wharf.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public async Task AppendPullsAsync(IReadOnlyList<PullLogEntry> entries, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var e in entries)
        {
            await using var command = Command(connection,
                """
                INSERT INTO pull_log (time, vendor_id, license_id, customer_name, app_slug, action, image, reference, status, bytes, client_address, note)
                VALUES ($t, $v, $l, $c, $a, $ac, $i, $r, $s, $b, $ca, $n)
                """,
                [("$t", ToUnixMs(e.Time)), ("$v", e.VendorId), ("$l", e.LicenseId), ("$c", e.CustomerName), ("$a", e.AppSlug),
                 ("$ac", e.Action), ("$i", e.Image), ("$r", e.Reference), ("$s", e.Status), ("$b", e.Bytes), ("$ca", e.ClientAddress), ("$n", e.Note)]);
            command.Transaction = (Microsoft.Data.Sqlite.SqliteTransaction)transaction;
            await command.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    public Task<IReadOnlyList<PullLogEntry>> ListPullsAsync(long vendorId, int limit, CancellationToken ct) =>
        QueryAsync(
            """
            SELECT time, vendor_id, license_id, customer_name, app_slug, action, image, reference, status, bytes, client_address, note
            FROM pull_log WHERE vendor_id = $v ORDER BY id DESC LIMIT $n
            """,
            r => new PullLogEntry(
                FromUnixMs(r.GetInt64(0)), r.IsDBNull(1) ? null : r.GetInt64(1), NullableString(r, 2), NullableString(r, 3),
                NullableString(r, 4), r.GetString(5), NullableString(r, 6), NullableString(r, 7), r.GetInt32(8), r.GetInt64(9),
                NullableString(r, 10), NullableString(r, 11)),
            ct, ("$v", vendorId), ("$n", limit));
}
