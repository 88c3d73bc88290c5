using System.Globalization;
using System.Security.Cryptography;
using Npgsql;

namespace Wharf.Testing;

/// <summary>
/// A throwaway PostgreSQL server (TESTING.md recipe): a fresh cluster in a temp directory, trust auth for user
/// <c>wharf</c>, listening on 127.0.0.1 and a free port only, its socket in the temp directory. As root, initdb and
/// pg_ctl run as the <c>postgres</c> user (initdb refuses root). Durability is off (fsync, synchronous commit): the
/// data dies with the test run anyway. Disposing stops the server and deletes the directory.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string User = "wharf";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly TempDirectory _directory;

    private PostgresServer(TempDirectory directory, int port)
    {
        _directory = directory;
        Port = port;
    }

    /// <summary>Port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The server's log file, for failure messages.</summary>
    public string Log => File.Exists(LogPath) ? File.ReadAllText(LogPath) : "";

    private string DataPath => Path.Combine(_directory.Path, "data");

    private string LogPath => Path.Combine(_directory.Path, "server.log");

    /// <summary>Initialises a cluster and starts the server; returns when it accepts connections.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is not installed (the message says how to install it) or did not start.</exception>
    public static async Task<PostgresServer> StartAsync(CancellationToken ct = default)
    {
        var directory = TempDirectory.Create("wharf-pg-");
        try
        {
            if (Environment.IsPrivilegedProcess)
            {
                await ProcessRunner.RunCheckedAsync("chown", ["postgres", directory.Path], cancellationToken: ct);
            }

            var data = Path.Combine(directory.Path, "data");
            await RunAsPostgresAsync(PostgresBinaries.InitDb, ["-D", data, "-A", "trust", "-U", User, "-E", "UTF8", "--no-sync"], directory.Path, ct);

            // FreePort can race with another process taking the port: retry on a fresh one.
            for (var attempt = 1; ; attempt++)
            {
                var server = new PostgresServer(directory, FreePort.Get());
                var started = await server.TryStartAsync(ct);
                if (started.Succeeded)
                {
                    await server.WaitUntilAcceptingAsync(ct);
                    return server;
                }

                if (attempt == 3 || !server.Log.Contains("could not bind", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"PostgreSQL did not start.{Environment.NewLine}{started.Describe()}{Environment.NewLine}{server.Log}");
                }
            }
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>An Npgsql connection string for <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = User, Database = database }.ConnectionString;

    /// <summary>Creates an empty database with a random name and returns its connection string: each test gets its own.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken ct = default)
    {
        var name = "wharf_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync(ct);

        // An identifier cannot be a parameter; the name is generated above from hex digits only.
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync(ct);
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        await RunAsPostgresAsync(PostgresBinaries.PgCtl, ["-D", DataPath, "-m", "immediate", "-w", "stop"], _directory.Path, CancellationToken.None, check: false);
        _directory.Dispose();
    }

    private Task<ProcessResult> TryStartAsync(CancellationToken ct)
    {
        var options = string.Join(' ',
            "-p", Port.ToString(CultureInfo.InvariantCulture), "-k", _directory.Path, "-c", "listen_addresses=127.0.0.1",
            "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300");
        var timeout = ((int)StartTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return RunAsPostgresAsync(PostgresBinaries.PgCtl, ["-D", DataPath, "-l", LogPath, "-w", "-t", timeout, "-o", options, "start"], _directory.Path, ct, check: false);
    }

    /// <summary>pg_ctl -w has already waited for the postmaster; this proves a client gets in, under a deadline.</summary>
    private Task WaitUntilAcceptingAsync(CancellationToken ct) =>
        Poll.UntilAsync(
            async () =>
            {
                try
                {
                    await using var connection = new NpgsqlConnection(ConnectionString());
                    await connection.OpenAsync(ct);
                    return true;
                }
                catch (NpgsqlException)
                {
                    return false;
                }
            },
            StartTimeout, "PostgreSQL to accept connections", () => Log, ct);

    private static async Task<ProcessResult> RunAsPostgresAsync(
        string tool, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken ct, bool check = true)
    {
        // initdb and the server refuse to run as root; runuser (util-linux) switches without a password prompt.
        var result = Environment.IsPrivilegedProcess
            ? await ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", tool, .. arguments], StartTimeout + TimeSpan.FromSeconds(10), workingDirectory: workingDirectory, cancellationToken: ct)
            : await ProcessRunner.RunAsync(tool, arguments, StartTimeout + TimeSpan.FromSeconds(10), workingDirectory: workingDirectory, cancellationToken: ct);
        return check ? result.EnsureSuccess() : result;
    }
}
