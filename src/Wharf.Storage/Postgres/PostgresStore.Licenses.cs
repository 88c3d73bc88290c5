using Npgsql;
using Wharf.Storage.Model;

namespace Wharf.Storage.Postgres;

public sealed partial class PostgresStore
{
    private const string LicenseSelect = """
        SELECT l.license_id, l.app_id, a.slug, a.vendor_id, l.customer_name, l.expires_at, l.revoked_at, l.created_at
        FROM licenses l JOIN apps a ON a.id = l.app_id
        """;

    public Task CreateLicenseAsync(LicenseRecord license, CancellationToken ct) =>
        ExecuteAsync(
            "INSERT INTO licenses (license_id, app_id, customer_name, expires_at, revoked_at, created_at) VALUES (@id, @a, @c, @e, NULL, @t)",
            ct, PgArg.Text("id", license.LicenseId), PgArg.Bigint("a", license.AppId), PgArg.Text("c", license.CustomerName),
            PgArg.Time("e", license.ExpiresAt), PgArg.Time("t", license.CreatedAt));

    public Task<LicenseRecord?> FindLicenseAsync(string licenseId, CancellationToken ct) =>
        QuerySingleAsync($"{LicenseSelect} WHERE l.license_id = @id", ReadLicense, ct, PgArg.Text("id", licenseId));

    public Task<IReadOnlyList<LicenseRecord>> ListLicensesAsync(long vendorId, long? appId, CancellationToken ct) =>
        QueryAsync(
            $"{LicenseSelect} WHERE a.vendor_id = @v AND (@a IS NULL OR l.app_id = @a) ORDER BY l.created_at, l.license_id",
            ReadLicense, ct, PgArg.Bigint("v", vendorId), PgArg.Bigint("a", appId));

    /// <summary>The first revocation time is kept (coalesce), so revoking twice reports true and changes nothing.</summary>
    public async Task<bool> RevokeLicenseAsync(long vendorId, string licenseId, DateTimeOffset at, CancellationToken ct) =>
        await ExecuteAsync(
            """
            UPDATE licenses SET revoked_at = coalesce(revoked_at, @t)
            WHERE license_id = @id AND app_id IN (SELECT id FROM apps WHERE vendor_id = @v)
            """,
            ct, PgArg.Time("t", at), PgArg.Text("id", licenseId), PgArg.Bigint("v", vendorId)) == 1;

    private static LicenseRecord ReadLicense(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetInt64(3), r.GetString(4),
        ReadNullableTime(r, 5), ReadNullableTime(r, 6), ReadTime(r, 7));
}
