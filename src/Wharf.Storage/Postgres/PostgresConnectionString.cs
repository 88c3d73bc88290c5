using Npgsql;

namespace Wharf.Storage.Postgres;

/// <summary>
/// Reads the <c>--store</c> value for PostgreSQL: a URI (<c>postgres://user:password@host:port/db?sslmode=require</c>,
/// as libpq and most hosting providers write it) or an Npgsql connection string (<c>Host=...;Username=...</c>).
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>True for <c>postgres://</c> and <c>postgresql://</c> URIs.</summary>
    public static bool IsUri(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Npgsql connection string for <paramref name="value"/>.</summary>
    /// <exception cref="FormatException">Neither a valid URI nor a valid connection string; the message never holds the password.</exception>
    public static string Parse(string value) => Build(value).ConnectionString;

    /// <summary>Host, port, database and user, never the password: safe for logs and error messages.</summary>
    public static string Describe(string value)
    {
        var b = Build(value);
        return $"PostgreSQL {b.Host}:{b.Port}/{b.Database} as {b.Username}";
    }

    private static NpgsqlConnectionStringBuilder Build(string value)
    {
        try
        {
            return IsUri(value) ? FromUri(value) : new NpgsqlConnectionStringBuilder(value);
        }
        catch (ArgumentException)
        {
            // Npgsql's own message may quote the offending part, which could be the password.
            throw new FormatException("the PostgreSQL store is neither a postgres:// URI nor an Npgsql connection string (Host=...;Username=...)");
        }
    }

    private static NpgsqlConnectionStringBuilder FromUri(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw new ArgumentException("not a URI");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host.Trim('[', ']'),
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : null,
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        // Query parameters use libpq's names (sslmode, application_name, ...); Npgsql knows some, the rest are mapped.
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            try
            {
                builder[LibpqKeys.GetValueOrDefault(key, key.Replace('_', ' '))] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            }
            catch (ArgumentException)
            {
                // Name the key (a key is never a secret), never its value.
                throw new FormatException($"the PostgreSQL URI parameter '{key}' is not a connection setting Wharf knows");
            }
        }

        return builder;
    }

    /// <summary>libpq URI parameters whose Npgsql names differ by more than '_' for ' '.</summary>
    private static readonly Dictionary<string, string> LibpqKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["connect_timeout"] = "Timeout",
        ["target_session_attrs"] = "Target Session Attributes",
        ["sslrootcert"] = "Root Certificate",
        ["sslcert"] = "SSL Certificate",
        ["sslkey"] = "SSL Key",
        ["sslpassword"] = "SSL Password",
        ["host"] = "Host",
    };
}
