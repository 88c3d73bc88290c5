namespace Wharf.Storage.Model;

/// <summary>A host name a vendor points at Wharf instead of the default proxy domain (SPEC §2.2).</summary>
public sealed record CustomDomain(long Id, long VendorId, long AppId, string Domain, DateTimeOffset CreatedAt);
