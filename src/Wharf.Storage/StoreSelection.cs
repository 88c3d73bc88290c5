using Wharf.Storage.Postgres;
using Wharf.Storage.Sqlite;

namespace Wharf.Storage;

/// <summary>
/// Which metadata store a server uses (SPEC §2.6), from <c>--store</c> / <c>WHARF_STORE</c>: absent (or <c>sqlite</c>)
/// is the zero-configuration SQLite file in the data directory; a <c>postgres://</c> URI or an Npgsql connection
/// string is the PostgreSQL store shared by replicas.
/// </summary>
public static class StoreSelection
{
    /// <summary>Opens the selected store; <paramref name="sqlitePath"/> is where the default SQLite file lives.</summary>
    /// <exception cref="FormatException">The value is not a store this build knows; the message never holds a password.</exception>
    public static IWharfStore Open(string? store, string sqlitePath) =>
        IsSqlite(store) ? new SqliteStore(sqlitePath) : new PostgresStore(RequirePostgres(store!));

    /// <summary>What <see cref="Open"/> would use, for the log: never the password.</summary>
    public static string Describe(string? store, string sqlitePath) =>
        IsSqlite(store) ? $"SQLite {sqlitePath}" : PostgresConnectionString.Describe(RequirePostgres(store!));

    private static bool IsSqlite(string? store) =>
        string.IsNullOrWhiteSpace(store) || string.Equals(store.Trim(), "sqlite", StringComparison.OrdinalIgnoreCase);

    private static string RequirePostgres(string store) =>
        PostgresConnectionString.IsUri(store) || store.Contains('=', StringComparison.Ordinal)
            ? store
            : throw new FormatException("--store must be sqlite, a postgres:// URI or an Npgsql connection string (Host=...;Username=...)");
}
