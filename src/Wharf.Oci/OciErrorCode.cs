using System.Diagnostics.CodeAnalysis;

namespace Wharf.Oci;

/// <summary>
/// The catalogue of error codes with their HTTP status (STYLE practice 7; modelled on
/// distribution's <c>errcode</c>): the OCI distribution-spec codes, distribution's
/// <c>TAG_INVALID</c> and <c>RANGE_INVALID</c>, and Wharf's own codes for upstream failures (SPEC §2.1).
/// Instances are singletons, so reference equality is code equality.
/// </summary>
public sealed class OciErrorCode
{
    // Declared before the codes: static initialisers run in textual order.
    private static readonly Dictionary<string, OciErrorCode> ByCode = new(StringComparer.Ordinal);
    private static readonly List<OciErrorCode> InOrder = [];

    private OciErrorCode(string code, int httpStatus, string defaultMessage)
    {
        Code = code;
        HttpStatus = httpStatus;
        DefaultMessage = defaultMessage;
        ByCode.Add(code, this);
        InOrder.Add(this);
    }

    /// <summary>401: authentication required.</summary>
    public static OciErrorCode Unauthorized { get; } = new("UNAUTHORIZED", 401, "authentication required");

    /// <summary>403: the credentials are valid but not allowed this access.</summary>
    public static OciErrorCode Denied { get; } = new("DENIED", 403, "requested access to the resource is denied");

    /// <summary>404: the repository is not known.</summary>
    public static OciErrorCode NameUnknown { get; } = new("NAME_UNKNOWN", 404, "repository name not known to registry");

    /// <summary>404: the manifest is not known.</summary>
    public static OciErrorCode ManifestUnknown { get; } = new("MANIFEST_UNKNOWN", 404, "manifest unknown");

    /// <summary>404: the blob is not known.</summary>
    public static OciErrorCode BlobUnknown { get; } = new("BLOB_UNKNOWN", 404, "blob unknown to registry");

    /// <summary>404: the blob upload is not known.</summary>
    public static OciErrorCode BlobUploadUnknown { get; } = new("BLOB_UPLOAD_UNKNOWN", 404, "blob upload unknown to registry");

    /// <summary>400: the blob upload is invalid.</summary>
    public static OciErrorCode BlobUploadInvalid { get; } = new("BLOB_UPLOAD_INVALID", 400, "blob upload invalid");

    /// <summary>404: a manifest references a blob the registry does not have.</summary>
    public static OciErrorCode ManifestBlobUnknown { get; } = new("MANIFEST_BLOB_UNKNOWN", 404, "manifest references a manifest or blob unknown to registry");

    /// <summary>400: the repository name is invalid.</summary>
    public static OciErrorCode NameInvalid { get; } = new("NAME_INVALID", 400, "invalid repository name");

    /// <summary>400: the digest is invalid or does not match the content.</summary>
    public static OciErrorCode DigestInvalid { get; } = new("DIGEST_INVALID", 400, "provided digest did not match uploaded content");

    /// <summary>400: the tag is invalid (distribution's code).</summary>
    public static OciErrorCode TagInvalid { get; } = new("TAG_INVALID", 400, "manifest tag did not match URI");

    /// <summary>400: the manifest is invalid.</summary>
    public static OciErrorCode ManifestInvalid { get; } = new("MANIFEST_INVALID", 400, "manifest invalid");

    /// <summary>400: a size or length is invalid.</summary>
    public static OciErrorCode SizeInvalid { get; } = new("SIZE_INVALID", 400, "provided length did not match content length");

    /// <summary>416: the requested range cannot be satisfied (distribution's code).</summary>
    public static OciErrorCode RangeInvalid { get; } = new("RANGE_INVALID", 416, "invalid content range");

    /// <summary>429: too many requests.</summary>
    public static OciErrorCode TooManyRequests { get; } = new("TOOMANYREQUESTS", 429, "too many requests");

    /// <summary>405: the operation is not supported (every write route, SPEC §2.1).</summary>
    public static OciErrorCode Unsupported { get; } = new("UNSUPPORTED", 405, "the operation is unsupported");

    /// <summary>502: Wharf's code for an upstream registry that failed or answered garbage.</summary>
    public static OciErrorCode UpstreamUnavailable { get; } = new("UPSTREAM_UNAVAILABLE", 502, "upstream registry unavailable");

    /// <summary>504: Wharf's code for an upstream registry that did not answer in time.</summary>
    public static OciErrorCode UpstreamTimeout { get; } = new("UPSTREAM_TIMEOUT", 504, "upstream registry timed out");

    /// <summary>503: Wharf's code for a service that is temporarily unavailable.</summary>
    public static OciErrorCode Unavailable { get; } = new("UNAVAILABLE", 503, "service unavailable");

    /// <summary>Every code in the catalogue.</summary>
    public static IReadOnlyList<OciErrorCode> All => InOrder.AsReadOnly();

    /// <summary>The code as written on the wire (<c>NAME_INVALID</c>).</summary>
    public string Code { get; }

    /// <summary>The HTTP status answered with this code.</summary>
    public int HttpStatus { get; }

    /// <summary>The message used when none is given.</summary>
    public string DefaultMessage { get; }

    /// <summary>Looks up a wire code (e.g. from an upstream error body).</summary>
    public static bool TryGet(string? code, [NotNullWhen(true)] out OciErrorCode? value)
    {
        value = null;
        return code is not null && ByCode.TryGetValue(code, out value);
    }

    /// <summary>The wire code.</summary>
    public override string ToString() => Code;
}
