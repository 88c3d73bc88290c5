namespace Wharf.Storage.Cache;

/// <summary>What a tag pointed at when last checked upstream (SPEC §2.4: revalidated after a TTL).</summary>
public sealed record TagRecord(string Digest, string MediaType, DateTimeOffset CheckedAt);
