namespace Wharf.Storage.Cache;

/// <summary>A verified, committed cache entry: the file and its length.</summary>
public sealed record CachedBlob(string Path, long Length);
