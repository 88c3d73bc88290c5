using Npgsql;
using NpgsqlTypes;

namespace Wharf.Storage.Postgres;

/// <summary>
/// Typed query parameters. The type is always explicit so a null value still has one (PostgreSQL cannot infer
/// the type of <c>@a IS NULL</c>), and times go in as UTC milliseconds, the precision SQLite keeps.
/// </summary>
internal static class PgArg
{
    public static NpgsqlParameter Bigint(string name, long? value) => Make(name, NpgsqlDbType.Bigint, value);

    public static NpgsqlParameter Integer(string name, int value) => Make(name, NpgsqlDbType.Integer, value);

    public static NpgsqlParameter Boolean(string name, bool value) => Make(name, NpgsqlDbType.Boolean, value);

    public static NpgsqlParameter Text(string name, string? value) => Make(name, NpgsqlDbType.Text, value);

    public static NpgsqlParameter Bytea(string name, byte[]? value) => Make(name, NpgsqlDbType.Bytea, value);

    public static NpgsqlParameter Time(string name, DateTimeOffset? value) =>
        Make(name, NpgsqlDbType.TimestampTz, value is { } t ? ToMilliseconds(t) : null);

    /// <summary>UTC (Npgsql writes only offset 0 to timestamptz), truncated to the millisecond.</summary>
    public static DateTimeOffset ToMilliseconds(DateTimeOffset t) => DateTimeOffset.FromUnixTimeMilliseconds(t.ToUnixTimeMilliseconds());

    private static NpgsqlParameter Make(string name, NpgsqlDbType type, object? value) =>
        new(name, type) { Value = value ?? DBNull.Value };
}
