using Wharf.Oci;

namespace Wharf.Proxy.Pull;

/// <summary>A manifest as the upstream served it (bytes only for GET), or the failure.</summary>
public sealed record ManifestResult(UpstreamFailure? Failure, byte[]? Content, string? MediaType, Digest? Digest, long Length)
{
    public static ManifestResult Failed(UpstreamFailure failure) => new(failure, null, null, null, 0);
}
