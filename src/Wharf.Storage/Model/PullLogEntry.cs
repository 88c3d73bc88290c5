namespace Wharf.Storage.Model;

/// <summary>One row of the pull log (SPEC §2.5): who asked for what, and how it ended.</summary>
public sealed record PullLogEntry(
    DateTimeOffset Time,
    long? VendorId,
    string? LicenseId,
    string? CustomerName,
    string? AppSlug,
    string Action,
    string? Image,
    string? Reference,
    int Status,
    long Bytes,
    string? ClientAddress,
    string? Note = null);
