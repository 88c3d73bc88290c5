using Wharf.Oci;

namespace Wharf.Proxy.Pull;

/// <summary>
/// A manifest as the upstream served it (bytes only for GET), or the failure. <see cref="Note"/> says how the cache
/// answered (<c>cache</c>, or <c>stale: …</c> when the upstream failed and a cached tag was served) for the pull log.
/// </summary>
public sealed record ManifestResult(UpstreamFailure? Failure, byte[]? Content, string? MediaType, Digest? Digest, long Length, string? Note = null)
{
    public static ManifestResult Failed(UpstreamFailure failure) => new(failure, null, null, null, 0);
}
