using Wharf.Oci;

namespace Wharf.Proxy.Pull;

/// <summary>
/// An upstream blob response whose body has not been read yet: the caller streams it (with
/// <see cref="VerifyingCopier"/> for whole blobs) and disposes the result.
/// </summary>
public sealed class BlobResult : IDisposable
{
    private readonly HttpResponseMessage? _response;

    private BlobResult(UpstreamFailure? failure, HttpResponseMessage? response)
    {
        Failure = failure;
        _response = response;
    }

    public UpstreamFailure? Failure { get; }

    /// <summary>200 for the whole blob, 206 for a range.</summary>
    public int Status => (int)(_response?.StatusCode ?? 0);

    public long? Length => _response?.Content.Headers.ContentLength;

    public string? ContentRange => _response?.Content.Headers.ContentRange?.ToString();

    /// <summary>Upstream content type; multipart range answers need their boundary kept.</summary>
    public string ContentType => _response?.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";

    public static BlobResult Failed(UpstreamFailure failure) => new(failure, null);

    public static BlobResult From(HttpResponseMessage response) => new(null, response);

    public Task<Stream> OpenBodyAsync(CancellationToken ct) =>
        _response?.Content.ReadAsStreamAsync(ct) ?? throw new InvalidOperationException("no body on a failed blob result");

    public void Dispose() => _response?.Dispose();
}
