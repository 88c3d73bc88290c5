using Microsoft.Data.Sqlite;
using Wharf.Storage.Model;

namespace Wharf.Storage.Sqlite;

public sealed partial class SqliteStore
{
    private const string RegistryColumns = "id, app_id, host, slug, plain_http, username, password, created_at";

    public async Task<ExternalRegistry?> AddRegistryAsync(ExternalRegistry registry, CancellationToken ct)
    {
        var now = ToUnixMs(DateTimeOffset.UtcNow);
        try
        {
            var id = await ScalarAsync<long>(
                "INSERT INTO registries (app_id, host, slug, plain_http, username, password, created_at) VALUES ($a, $h, $s, $p, $u, $pw, $t) RETURNING id",
                ct, ("$a", registry.AppId), ("$h", registry.Host), ("$s", registry.Slug), ("$p", registry.PlainHttp ? 1 : 0),
                ("$u", registry.Username), ("$pw", registry.EncryptedPassword), ("$t", now));
            return registry with { Id = id, CreatedAt = FromUnixMs(now) };
        }
        catch (SqliteException e) when (IsUniqueViolation(e))
        {
            return null;
        }
    }

    public Task<IReadOnlyList<ExternalRegistry>> ListRegistriesAsync(long appId, CancellationToken ct) =>
        QueryAsync($"SELECT {RegistryColumns} FROM registries WHERE app_id = $a ORDER BY id", ReadRegistry, ct, ("$a", appId));

    public async Task<bool> RemoveRegistryAsync(long appId, long registryId, CancellationToken ct) =>
        await ExecuteAsync("DELETE FROM registries WHERE app_id = $a AND id = $id", ct, ("$a", appId), ("$id", registryId)) == 1;

    private static ExternalRegistry ReadRegistry(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetString(2), NullableString(r, 3), r.GetInt64(4) != 0,
        NullableString(r, 5), r.IsDBNull(6) ? null : (byte[])r[6], FromUnixMs(r.GetInt64(7)));
}
