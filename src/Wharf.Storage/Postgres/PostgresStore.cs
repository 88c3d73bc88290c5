using Npgsql;

namespace Wharf.Storage.Postgres;

/// <summary>
/// The shared store for several replicas (SPEC §2.6): PostgreSQL through one pooled <see cref="NpgsqlDataSource"/>.
/// Behaves exactly like <see cref="Sqlite.SqliteStore"/> (the contract tests run against both); split into one
/// partial file per area, like it. Times are kept to the millisecond, as SQLite keeps them, so a value reads back
/// equal on either store.
/// </summary>
public sealed partial class PostgresStore : IWharfStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Opens a pool on <paramref name="connection"/>: a <c>postgres://</c> URI or an Npgsql connection string.</summary>
    public PostgresStore(string connection)
    {
        _dataSource = NpgsqlDataSource.Create(PostgresConnectionString.Parse(connection));
    }

    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@k)", connection, transaction))
        {
            lockCommand.Parameters.Add(PgArg.Bigint("k", PostgresSchema.MigrationLockKey));
            await lockCommand.ExecuteNonQueryAsync(ct);
        }

        await using (var schema = new NpgsqlCommand(PostgresSchema.Script, connection, transaction))
        {
            await schema.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private NpgsqlCommand Command(string sql, NpgsqlParameter[] parameters)
    {
        var command = _dataSource.CreateCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken ct, params NpgsqlParameter[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<T> ScalarAsync<T>(string sql, CancellationToken ct, params NpgsqlParameter[] parameters)
    {
        await using var command = Command(sql, parameters);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync(ct))!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> map, CancellationToken ct, params NpgsqlParameter[] parameters)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private async Task<T?> QuerySingleAsync<T>(string sql, Func<NpgsqlDataReader, T> map, CancellationToken ct, params NpgsqlParameter[] parameters)
        where T : class
    {
        var rows = await QueryAsync(sql, map, ct, parameters);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Now, to the millisecond (what SQLite would read back).</summary>
    private static DateTimeOffset Now() => PgArg.ToMilliseconds(DateTimeOffset.UtcNow);

    private static DateTimeOffset ReadTime(NpgsqlDataReader r, int i) => r.GetFieldValue<DateTimeOffset>(i);

    private static DateTimeOffset? ReadNullableTime(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : ReadTime(r, i);

    private static string? NullableString(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>
    /// The conflicts SQLite reports as SQLITE_CONSTRAINT with foreign keys on: a unique key taken, or a row
    /// pointing at a missing parent. Both become the same "not created" result (null) as on SQLite.
    /// </summary>
    private static bool IsConstraintViolation(PostgresException e) =>
        e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation;
}
