using Npgsql;
using Wharf.Storage;
using Wharf.Storage.Postgres;
using Wharf.Storage.Sqlite;

namespace Wharf.Server.Tests.Storage;

/// <summary>How <c>--store</c> / <c>WHARF_STORE</c> picks and reads a store, and that its password never shows.</summary>
public sealed class PostgresConnectionStringTests
{
    [Theory]
    [InlineData("postgres://wharf:s3cr%40t@db.example.com:6432/wharf?sslmode=require", "db.example.com", 6432, "wharf", "wharf", "s3cr@t")]
    [InlineData("postgresql://app@127.0.0.1/meta", "127.0.0.1", 5432, "meta", "app", null)]
    [InlineData("postgres://u:p@[::1]:5433/d", "::1", 5433, "d", "u", "p")]
    [InlineData("Host=db;Port=5439;Username=u;Password=p;Database=d", "db", 5439, "d", "u", "p")]
    public void Parse_UriOrConnectionString_GivesTheNpgsqlSettings(string value, string host, int port, string database, string user, string? password)
    {
        var parsed = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Parse(value));

        Assert.Equal((host, port, database, user, password), (parsed.Host, parsed.Port, parsed.Database, parsed.Username, parsed.Password));
    }

    [Fact]
    public void Parse_UriLibpqParameters_MapToNpgsqlSettings()
    {
        var parsed = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Parse(
            "postgres://u:p@h/d?application_name=wharf&connect_timeout=7&target_session_attrs=read-write&sslrootcert=%2Fetc%2Fca.pem"));

        Assert.Equal(("wharf", 7, "read-write", "/etc/ca.pem"),
            (parsed.ApplicationName, parsed.Timeout, parsed.TargetSessionAttributes, parsed.RootCertificate));
    }

    [Fact]
    public void Parse_UnknownUriParameter_ErrorNamesTheKeyNotTheValue()
    {
        var error = Assert.Throws<FormatException>(() => PostgresConnectionString.Parse("postgres://u:p@h/d?no_such_key=s3cret"));

        Assert.Contains("'no_such_key'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UriSslMode_IsKept()
    {
        var parsed = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Parse("postgres://u:p@h/d?sslmode=require"));

        Assert.Equal(SslMode.Require, parsed.SslMode);
    }

    [Theory]
    [InlineData("postgres://wharf:hunter2@db:5432/wharf")]
    [InlineData("Host=db;Username=wharf;Password=hunter2;Database=wharf")]
    public void Describe_NeverShowsThePassword(string value)
    {
        var description = StoreSelection.Describe(value, "/unused");

        Assert.Equal("PostgreSQL db:5432/wharf as wharf", description);
        Assert.DoesNotContain("hunter2", description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mysql://root:hunter2@db/x")]
    [InlineData("Host=db;Passwort=hunter2")]
    [InlineData("postgres://:hunter2@/")]
    public void Open_UnknownStore_FormatExceptionWithoutThePassword(string value)
    {
        var e = Assert.Throws<FormatException>(() => StoreSelection.Open(value, "/unused"));

        Assert.DoesNotContain("hunter2", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sqlite")]
    public void Open_NoStoreOrSqlite_IsTheSqliteDefault(string? value)
    {
        Assert.IsType<SqliteStore>(StoreSelection.Open(value, Path.Combine(Path.GetTempPath(), "unused.db")));
    }

    [Fact]
    public async Task Open_PostgresUri_IsThePostgresStore()
    {
        await using var store = Assert.IsType<PostgresStore>(StoreSelection.Open("postgres://u@127.0.0.1:1/d", "/unused"));
    }
}
