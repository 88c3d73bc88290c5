namespace Wharf.Storage.Model;

/// <summary>A customer license: the license ID is the customer's pull credential (SPEC §2.2).</summary>
public sealed record LicenseRecord(
    string LicenseId,
    long AppId,
    string AppSlug,
    long VendorId,
    string CustomerName,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset CreatedAt)
{
    /// <summary>Why the license may not be used at <paramref name="now"/>, or null when it may.</summary>
    public string? UnusableReason(DateTimeOffset now) =>
        RevokedAt is not null ? "license has been revoked"
        : ExpiresAt is { } e && e <= now ? "license has expired"
        : null;
}
