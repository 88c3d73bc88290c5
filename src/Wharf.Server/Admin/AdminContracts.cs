namespace Wharf.Server.Admin;

// The admin API's wire contract (SPEC §2.5), kept in one file because the CLI and the API must agree on every
// field; JSON names are the camelCase of these properties.

/// <summary>POST /api/v1/vendors.</summary>
public sealed record CreateVendorRequest(string Name);

/// <summary>A new vendor and its first API token (shown once).</summary>
public sealed record VendorCreated(long Id, string Name, string Token);

/// <summary>POST /api/v1/apps.</summary>
public sealed record CreateAppRequest(string Slug);

public sealed record AppView(string Slug, DateTimeOffset CreatedAt);

/// <summary>
/// POST /api/v1/apps/{app}/registries. <c>Host</c> may carry <c>http://</c> for a registry without TLS.
/// Either username + password, or <c>Anonymous = true</c>: never an accidental anonymous link.
/// </summary>
public sealed record AddRegistryRequest(string Host, string? Slug, string? Username, string? Password, bool Anonymous);

/// <summary>A linked registry; the password is never returned.</summary>
public sealed record RegistryView(long Id, string App, string Host, string? Slug, bool PlainHttp, string? Username, bool Anonymous, DateTimeOffset CreatedAt);

/// <summary>Result of the "test connection" check.</summary>
public sealed record RegistryTestResult(bool Ok, int? Status, string Message);

/// <summary>POST /api/v1/apps/{app}/domains.</summary>
public sealed record AddDomainRequest(string Domain);

public sealed record DomainView(string Domain, string App, DateTimeOffset CreatedAt);

/// <summary>POST /api/v1/licenses; <c>Expires</c> is <c>YYYY-MM-DD</c> (end of that day, UTC) or an ISO timestamp.</summary>
public sealed record CreateLicenseRequest(string App, string Customer, string? Expires);

public sealed record LicenseView(
    string LicenseId, string App, string Customer, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset CreatedAt, string Status);

/// <summary>A new license with its signed YAML document.</summary>
public sealed record LicenseCreated(LicenseView License, string Document);

public sealed record PullView(
    DateTimeOffset Time, string? LicenseId, string? Customer, string? App, string Action, string? Image, string? Reference,
    int Status, long Bytes, string? ClientAddress, string? Note);

/// <summary>
/// One row of GET /api/v1/egress: bytes of manifests and blobs served. <c>Customer</c> and <c>LicenseId</c> are null
/// unless grouped by customer, <c>Image</c> unless grouped by image; <c>Pulls</c> and <c>Blobs</c> count manifest and
/// blob GETs answered 2xx.
/// </summary>
public sealed record EgressView(string App, string? Customer, string? LicenseId, string? Image, long Bytes, long Pulls, long Blobs);

/// <summary>Every admin API error: <c>{"error": "..."}</c> with a 4xx status.</summary>
public sealed record ApiError(string Error);
