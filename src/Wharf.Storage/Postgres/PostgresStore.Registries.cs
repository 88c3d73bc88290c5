using Npgsql;
using Wharf.Storage.Model;

namespace Wharf.Storage.Postgres;

public sealed partial class PostgresStore
{
    private const string RegistryColumns = "id, app_id, host, slug, plain_http, username, password, created_at";

    public async Task<ExternalRegistry?> AddRegistryAsync(ExternalRegistry registry, CancellationToken ct)
    {
        var now = Now();
        try
        {
            var id = await ScalarAsync<long>(
                "INSERT INTO registries (app_id, host, slug, plain_http, username, password, created_at) VALUES (@a, @h, @s, @p, @u, @pw, @t) RETURNING id",
                ct, PgArg.Bigint("a", registry.AppId), PgArg.Text("h", registry.Host), PgArg.Text("s", registry.Slug),
                PgArg.Boolean("p", registry.PlainHttp), PgArg.Text("u", registry.Username), PgArg.Bytea("pw", registry.EncryptedPassword),
                PgArg.Time("t", now));
            return registry with { Id = id, CreatedAt = now };
        }
        catch (PostgresException e) when (IsConstraintViolation(e))
        {
            return null;
        }
    }

    public Task<IReadOnlyList<ExternalRegistry>> ListRegistriesAsync(long appId, CancellationToken ct) =>
        QueryAsync($"SELECT {RegistryColumns} FROM registries WHERE app_id = @a ORDER BY id", ReadRegistry, ct, PgArg.Bigint("a", appId));

    public async Task<bool> RemoveRegistryAsync(long appId, long registryId, CancellationToken ct) =>
        await ExecuteAsync(
            "DELETE FROM registries WHERE app_id = @a AND id = @id", ct, PgArg.Bigint("a", appId), PgArg.Bigint("id", registryId)) == 1;

    private static ExternalRegistry ReadRegistry(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetString(2), NullableString(r, 3), r.GetBoolean(4),
        NullableString(r, 5), r.IsDBNull(6) ? null : r.GetFieldValue<byte[]>(6), ReadTime(r, 7));
}
