using Wharf.Oci;
using Wharf.Proxy.Policy;
using Wharf.Proxy.Pull;
using Wharf.Storage.Cache;

namespace Wharf.Proxy.Cache;

/// <summary>
/// The pull-through cache in front of <see cref="PullService"/> (SPEC §2.4). Manifests and blobs by digest are
/// immutable and served from disk once verified; tags are revalidated with an upstream HEAD after the TTL and
/// served stale when the upstream fails (429, 5xx, unreachable). Blob misses go through one shared
/// <see cref="BlobFill"/> per digest. Every cache answer is scoped to the linked registry that served it.
/// </summary>
public sealed class CachingPuller(PullService pull, BlobStore store, CacheIndex index, BlobFills fills, CacheOptions options, TimeProvider time)
{
    public async Task<ManifestResult> GetManifestAsync(UpstreamTarget target, string reference, bool headOnly, IReadOnlyList<string> accept, CancellationToken ct)
    {
        if (Digest.TryParse(reference, out var digest))
        {
            if (FromCache(target, digest, accept, headOnly, "cache") is { } hit)
            {
                return hit;
            }

            return Strip(await FetchAndStoreAsync(target, reference, accept, ct), headOnly);
        }

        var record = index.GetTag(target.RegistryId, target.Repository, reference);
        var cached = record is not null && Digest.TryParse(record.Digest, out var cachedDigest)
            ? FromCache(target, cachedDigest, accept, headOnly, "cache")
            : null;
        if (cached is null)
        {
            return Strip(await FetchAndStoreAsync(target, reference, accept, ct), headOnly);
        }

        var now = time.GetUtcNow();
        if (now - record!.CheckedAt < options.TagTtl)
        {
            return cached;
        }

        // Revalidate with a HEAD: cheap, and Docker Hub does not count it against pull limits.
        var head = await pull.GetManifestAsync(target, reference, headOnly: true, accept, ct);
        if (head.Failure is { } failure)
        {
            return ServesStale(failure) ? cached with { Note = "stale: " + failure.Error.Message } : head;
        }

        if (head.Digest?.ToString() == record.Digest)
        {
            index.PutTag(target.RegistryId, target.Repository, reference, record with { CheckedAt = now });
            return cached;
        }

        var fresh = await FetchAndStoreAsync(target, reference, accept, ct);
        return fresh.Failure is { } getFailure && ServesStale(getFailure) ? cached with { Note = "stale: " + getFailure.Error.Message } : Strip(fresh, headOnly);
    }

    /// <summary>A committed blob this registry has served before, or null.</summary>
    public CachedBlob? TryGetBlob(UpstreamTarget target, Digest digest) =>
        index.IsLinked(target.RegistryId, digest) ? store.TryGet(digest) : null;

    /// <summary>Joins or starts the fill of a missing blob.</summary>
    public BlobFill StartFill(UpstreamTarget target, Digest digest) =>
        fills.GetOrStart(target.RegistryId, digest,
            fillToken => pull.OpenBlobAsync(target, digest, headOnly: false, range: null, fillToken),
            () => index.Link(target.RegistryId, digest));

    private ManifestResult? FromCache(UpstreamTarget target, Digest digest, IReadOnlyList<string> accept, bool headOnly, string note)
    {
        if (!index.IsLinked(target.RegistryId, digest) || store.TryGet(digest) is not { } blob || index.GetMediaType(digest) is not { } mediaType)
        {
            return null;
        }

        if (accept.Count > 0 && !accept.Any(a => a == "*/*" || a.StartsWith(mediaType, StringComparison.OrdinalIgnoreCase)))
        {
            return null; // cached under a media type this client does not take: ask the upstream
        }

        try
        {
            return new ManifestResult(null, headOnly ? null : File.ReadAllBytes(blob.Path), mediaType, digest, blob.Length, note);
        }
        catch (FileNotFoundException)
        {
            return null; // evicted between the lookup and the read
        }
    }

    private async Task<ManifestResult> FetchAndStoreAsync(UpstreamTarget target, string reference, IReadOnlyList<string> accept, CancellationToken ct)
    {
        var result = await pull.GetManifestAsync(target, reference, headOnly: false, accept, ct);
        if (result is { Failure: null, Content: { } content, Digest: { } digest, MediaType: { } mediaType })
        {
            // Verified already (by digest) or just computed (by tag): commit content-addressed.
            var temp = store.NewTempPath();
            await File.WriteAllBytesAsync(temp, content, CancellationToken.None);
            store.Commit(temp, digest);
            index.PutMediaType(digest, mediaType);
            index.Link(target.RegistryId, digest);
            if (!Digest.TryParse(reference, out _))
            {
                index.PutTag(target.RegistryId, target.Repository, reference, new TagRecord(digest.ToString(), mediaType, time.GetUtcNow()));
            }
        }

        return result;
    }

    private static ManifestResult Strip(ManifestResult result, bool headOnly) => headOnly && result.Content is not null ? result with { Content = null } : result;

    private static bool ServesStale(UpstreamFailure failure) =>
        failure.Error.Code == OciErrorCode.TooManyRequests || failure.Error.HttpStatus >= 500;
}
