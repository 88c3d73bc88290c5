using System.Net;
using Wharf.Oci;

namespace Wharf.Proxy.Pull;

/// <summary>
/// A failure on the upstream side, already expressed as the OCI error to send (SPEC §2.3: 401/403/404/429 map to
/// the matching code, never to a bare 500; unreachable → 502, timeout → 504).
/// </summary>
public sealed record UpstreamFailure(OciError Error, string? RetryAfter = null)
{
    public static UpstreamFailure FromResponse(HttpResponseMessage response, OciErrorCode notFound)
    {
        var retryAfter = response.Headers.RetryAfter?.ToString();
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => new(new OciError(OciErrorCode.Unauthorized, "the upstream registry refused the vendor's credentials")),
            HttpStatusCode.Forbidden => new(new OciError(OciErrorCode.Denied, "the upstream registry denied access")),
            HttpStatusCode.NotFound => new(new OciError(notFound, "not found in the upstream registry")),
            HttpStatusCode.TooManyRequests => new(new OciError(OciErrorCode.TooManyRequests, "the upstream registry is rate limiting"), retryAfter),
            HttpStatusCode.RequestedRangeNotSatisfiable => new(new OciError(OciErrorCode.RangeInvalid, "requested range not satisfiable")),
            _ => new(new OciError(OciErrorCode.UpstreamUnavailable, $"the upstream registry answered {(int)response.StatusCode}")),
        };
    }

    public static UpstreamFailure FromException(Exception e, bool timedOut) => timedOut
        ? new(new OciError(OciErrorCode.UpstreamTimeout, "the upstream registry did not answer in time"))
        : new(new OciError(OciErrorCode.UpstreamUnavailable, "the upstream registry is unreachable: " + e.GetType().Name));
}
