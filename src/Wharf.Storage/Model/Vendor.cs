namespace Wharf.Storage.Model;

/// <summary>A software vendor (team). Everything else belongs to exactly one vendor (SPEC §2.5).</summary>
public sealed record Vendor(long Id, string Name, bool IsInstanceAdmin, DateTimeOffset CreatedAt);
