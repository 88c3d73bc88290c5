namespace Wharf.Storage.Model;

/// <summary>An application; its slug is globally unique because it is the second segment of every proxy path.</summary>
public sealed record App(long Id, long VendorId, string Slug, DateTimeOffset CreatedAt);
