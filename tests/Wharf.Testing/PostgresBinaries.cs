namespace Wharf.Testing;

/// <summary>
/// The PostgreSQL server programs (<c>initdb</c>, <c>pg_ctl</c>) of Debian's <c>postgresql</c> package. They live
/// in <c>/usr/lib/postgresql/VERSION/bin</c>, not on PATH. Missing binaries fail the test with the install
/// command, never skip it (TESTING.md): a green run must mean the PostgreSQL store was exercised.
/// </summary>
public static class PostgresBinaries
{
    private const string DebianRoot = "/usr/lib/postgresql";

    private static readonly Lazy<string> Directory = new(FindDirectory);

    /// <summary><c>initdb</c>.</summary>
    public static string InitDb => Path.Combine(Directory.Value, "initdb");

    /// <summary><c>pg_ctl</c>.</summary>
    public static string PgCtl => Path.Combine(Directory.Value, "pg_ctl");

    private static string FindDirectory()
    {
        // The newest installed major version; TESTING.md documents 15 (Debian 12).
        var candidates = System.IO.Directory.Exists(DebianRoot)
            ? System.IO.Directory.GetDirectories(DebianRoot)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : -1))
                .Where(c => File.Exists(Path.Combine(c.Dir, "initdb")) && File.Exists(Path.Combine(c.Dir, "pg_ctl")))
                .OrderByDescending(c => c.Version)
                .Select(c => c.Dir)
            : [];
        return candidates.FirstOrDefault() ?? throw new InvalidOperationException(
            $"PostgreSQL server binaries (initdb, pg_ctl) were not found under {DebianRoot}/*/bin. The PostgreSQL store tests run a real " +
            "server and are never skipped. Install it with `apt-get install -y postgresql`, or run ./test.sh which installs test prerequisites.");
    }
}
