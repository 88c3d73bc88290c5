using Npgsql;
using Wharf.Storage.Model;

namespace Wharf.Storage.Postgres;

public sealed partial class PostgresStore
{
    private const string InsertPull = """
        INSERT INTO pull_log (time, vendor_id, license_id, customer_name, app_slug, action, image, reference, status, bytes, client_address, note)
        VALUES (@t, @v, @l, @c, @a, @ac, @i, @r, @s, @b, @ca, @n)
        """;

    /// <summary>One batch, one round trip; Npgsql runs a batch in an implicit transaction, so it lands whole or not at all.</summary>
    public async Task AppendPullsAsync(IReadOnlyList<PullLogEntry> entries, CancellationToken ct)
    {
        if (entries.Count == 0)
        {
            return;
        }

        await using var batch = _dataSource.CreateBatch();
        foreach (var e in entries)
        {
            var command = new NpgsqlBatchCommand(InsertPull);
            command.Parameters.AddRange(new[]
            {
                PgArg.Time("t", e.Time), PgArg.Bigint("v", e.VendorId), PgArg.Text("l", e.LicenseId), PgArg.Text("c", e.CustomerName),
                PgArg.Text("a", e.AppSlug), PgArg.Text("ac", e.Action), PgArg.Text("i", e.Image), PgArg.Text("r", e.Reference),
                PgArg.Integer("s", e.Status), PgArg.Bigint("b", e.Bytes), PgArg.Text("ca", e.ClientAddress), PgArg.Text("n", e.Note),
            });
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(ct);
    }

    public Task<IReadOnlyList<PullLogEntry>> ListPullsAsync(long vendorId, int limit, CancellationToken ct) =>
        QueryAsync(
            """
            SELECT time, vendor_id, license_id, customer_name, app_slug, action, image, reference, status, bytes, client_address, note
            FROM pull_log WHERE vendor_id = @v ORDER BY id DESC LIMIT @n
            """,
            r => new PullLogEntry(
                ReadTime(r, 0), r.IsDBNull(1) ? null : r.GetInt64(1), NullableString(r, 2), NullableString(r, 3),
                NullableString(r, 4), r.GetString(5), NullableString(r, 6), NullableString(r, 7), r.GetInt32(8), r.GetInt64(9),
                NullableString(r, 10), NullableString(r, 11)),
            ct, PgArg.Bigint("v", vendorId), PgArg.Integer("n", limit));
}
