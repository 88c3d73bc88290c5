using Microsoft.Data.Sqlite;
using Wharf.Storage.Model;

namespace Wharf.Storage.Sqlite;

public sealed partial class SqliteStore
{
    private const string LicenseSelect = """
        SELECT l.license_id, l.app_id, a.slug, a.vendor_id, l.customer_name, l.expires_at, l.revoked_at, l.created_at
        FROM licenses l JOIN apps a ON a.id = l.app_id
        """;

    public Task CreateLicenseAsync(LicenseRecord license, CancellationToken ct) =>
        ExecuteAsync(
            "INSERT INTO licenses (license_id, app_id, customer_name, expires_at, revoked_at, created_at) VALUES ($id, $a, $c, $e, NULL, $t)",
            ct, ("$id", license.LicenseId), ("$a", license.AppId), ("$c", license.CustomerName),
            ("$e", license.ExpiresAt is { } e ? ToUnixMs(e) : null), ("$t", ToUnixMs(license.CreatedAt)));

    public Task<LicenseRecord?> FindLicenseAsync(string licenseId, CancellationToken ct) =>
        QuerySingleAsync($"{LicenseSelect} WHERE l.license_id = $id", ReadLicense, ct, ("$id", licenseId));

    public Task<IReadOnlyList<LicenseRecord>> ListLicensesAsync(long vendorId, long? appId, CancellationToken ct) =>
        QueryAsync(
            $"{LicenseSelect} WHERE a.vendor_id = $v AND ($a IS NULL OR l.app_id = $a) ORDER BY l.created_at, l.license_id",
            ReadLicense, ct, ("$v", vendorId), ("$a", appId));

    public async Task<bool> RevokeLicenseAsync(long vendorId, string licenseId, DateTimeOffset at, CancellationToken ct) =>
        await ExecuteAsync(
            """
            UPDATE licenses SET revoked_at = coalesce(revoked_at, $t)
            WHERE license_id = $id AND app_id IN (SELECT id FROM apps WHERE vendor_id = $v)
            """,
            ct, ("$t", ToUnixMs(at)), ("$id", licenseId), ("$v", vendorId)) == 1;

    private static LicenseRecord ReadLicense(SqliteDataReader r) => new(
        r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetInt64(3), r.GetString(4),
        FromNullableUnixMs(r, 5), FromNullableUnixMs(r, 6), FromUnixMs(r.GetInt64(7)));
}
