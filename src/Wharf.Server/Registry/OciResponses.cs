using Microsoft.AspNetCore.Http;
using Wharf.Oci;

namespace Wharf.Server.Registry;

/// <summary>
/// The one place distribution responses get their error bodies and common headers (STYLE practice 7).
/// Errors are only ever written before the response has started; after that a failure aborts the connection.
/// </summary>
internal static class OciResponses
{
    public const string ApiVersionHeader = "Docker-Distribution-API-Version";
    public const string ApiVersion = "registry/2.0";

    public static Task WriteErrorAsync(HttpContext context, OciError error, string? retryAfter = null)
    {
        var response = context.Response;
        response.StatusCode = error.HttpStatus;
        response.Headers[ApiVersionHeader] = ApiVersion;
        if (retryAfter is not null)
        {
            response.Headers.RetryAfter = retryAfter;
        }

        if (error.Code == OciErrorCode.Unsupported)
        {
            response.Headers.Allow = "GET, HEAD";
        }

        var body = OciErrorWriter.Serialize(error);
        response.ContentType = OciErrorWriter.ContentType;
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    /// <summary>
    /// 401 with the Bearer challenge real clients follow (SPEC §2.2): realm and service are the host and scheme
    /// the client used, so custom domains and load balancers work; the scope names the repository when there is one.
    /// </summary>
    public static Task WriteChallengeAsync(HttpContext context, string? repository, OciError? error = null)
    {
        var request = context.Request;
        var host = request.Host.Value ?? "";
        var challenge = $"Bearer realm=\"{request.Scheme}://{host}/v2/token\",service=\"{host}\"";
        if (repository is not null)
        {
            challenge += $",scope=\"repository:{repository}:pull\"";
        }

        context.Response.Headers.WWWAuthenticate = challenge;
        return WriteErrorAsync(context, error ?? new OciError(OciErrorCode.Unauthorized, "authentication required"));
    }
}
