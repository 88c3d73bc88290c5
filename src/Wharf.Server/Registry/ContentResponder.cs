using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Wharf.Oci;
using Wharf.Proxy.Cache;
using Wharf.Proxy.Pull;

namespace Wharf.Server.Registry;

/// <summary>How a proxied response ended, for the pull log.</summary>
internal readonly record struct ResponseOutcome(int Status, long Bytes, string? Note = null);

/// <summary>
/// Answers an authorised request with upstream content (SPEC §2.1, §2.3, §2.4): manifests through the cache,
/// blobs from the cache (sendfile) or from a shared fill streamed from the first upstream byte and verified on the
/// way, ranges on a miss passed upstream uncached, tags and referrers passed through.
/// </summary>
internal sealed partial class ContentResponder(PullService pull, CachingPuller cache, ILogger<ContentResponder> logger)
{
    public Task<ResponseOutcome> RespondAsync(HttpContext context, DistributionRoute route, PullRequestState state) => route.Kind switch
    {
        DistributionRouteKind.Manifest => ManifestAsync(context, route.Reference!, state),
        DistributionRouteKind.Blob => BlobAsync(context, Digest.Parse(route.Reference!), state),
        DistributionRouteKind.TagsList => TagsAsync(context, state),
        _ => ReferrersAsync(context, Digest.Parse(route.Reference!), state),
    };

    private async Task<ResponseOutcome> ManifestAsync(HttpContext context, string reference, PullRequestState state)
    {
        var head = HttpMethods.IsHead(context.Request.Method);
        var accept = context.Request.Headers.Accept.SelectMany(SplitAccept).ToList();
        if (accept.Count == 0)
        {
            accept.AddRange(MediaTypes.ManifestAcceptHeader);
        }

        var result = await cache.GetManifestAsync(state.Target, reference, head, accept, context.RequestAborted);
        if (result.Failure is { } failure)
        {
            await OciResponses.WriteErrorAsync(context, failure.Error, failure.RetryAfter);
            return new(failure.Error.HttpStatus, 0, failure.Error.Message);
        }

        var response = context.Response;
        response.StatusCode = 200;
        response.ContentType = result.MediaType ?? MediaTypes.OciManifest;
        response.ContentLength = result.Length;
        response.Headers["Docker-Content-Digest"] = result.Digest.ToString();
        response.Headers.ETag = $"\"{result.Digest}\"";
        if (!head)
        {
            await response.Body.WriteAsync(result.Content, context.RequestAborted);
        }

        return new(200, head ? 0 : result.Length, result.Note);
    }

    private async Task<ResponseOutcome> BlobAsync(HttpContext context, Digest digest, PullRequestState state)
    {
        var head = HttpMethods.IsHead(context.Request.Method);
        string? range = context.Request.Headers.Range;
        context.Response.Headers["Docker-Content-Digest"] = digest.ToString();
        if (cache.TryGetBlob(state.Target, digest) is { } cached)
        {
            return await CachedBlobWriter.WriteAsync(context, cached, head);
        }

        if (!head && range is null)
        {
            return await FillAsync(context, digest, state);
        }

        return await PassThroughAsync(context, digest, state, head, range);
    }

    /// <summary>A miss: join (or start) the blob's fill and stream it as it grows; a failed fill aborts the response.</summary>
    private async Task<ResponseOutcome> FillAsync(HttpContext context, Digest digest, PullRequestState state)
    {
        var fill = cache.StartFill(state.Target, digest);
        var length = await fill.HeadersAsync.WaitAsync(context.RequestAborted);
        if (fill.Failure is { } failure && length is null)
        {
            await OciResponses.WriteErrorAsync(context, failure.Error, failure.RetryAfter);
            return new(failure.Error.HttpStatus, 0, failure.Error.Message);
        }

        var response = context.Response;
        response.StatusCode = 200;
        response.ContentType = "application/octet-stream";
        response.ContentLength = length;
        response.Headers.AcceptRanges = "bytes";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var copy = await fill.CopyToAsync(response.Body, context.RequestAborted);
        if (copy.Outcome != StreamCopyOutcome.Success && !response.HasStarted && fill.Failure is { } lateFailure)
        {
            // The fill failed before a byte went out: there is still time for a clean OCI error (STYLE practice 8).
            response.Clear();
            await OciResponses.WriteErrorAsync(context, lateFailure.Error);
            return new(lateFailure.Error.HttpStatus, 0, "fill failed: " + copy.Outcome);
        }

        if (copy.Outcome != StreamCopyOutcome.Success)
        {
            LogBlobAborted(logger, state.Target.ImageName, digest.ToString(), copy.Outcome);
            context.Abort();
            return new(200, copy.BytesWritten, "aborted: " + copy.Outcome);
        }

        return new(200, copy.BytesWritten, "fill");
    }

    /// <summary>HEAD and ranges of a blob not in the cache go to the upstream as they are; partial bytes are never cached.</summary>
    private async Task<ResponseOutcome> PassThroughAsync(HttpContext context, Digest digest, PullRequestState state, bool head, string? range)
    {
        using var blob = await pull.OpenBlobAsync(state.Target, digest, head, range, context.RequestAborted);
        if (blob.Failure is { } failure)
        {
            await OciResponses.WriteErrorAsync(context, failure.Error, failure.RetryAfter);
            return new(failure.Error.HttpStatus, 0, failure.Error.Message);
        }

        var response = context.Response;
        response.StatusCode = blob.Status;
        response.ContentType = blob.Status == 206 ? blob.ContentType : "application/octet-stream";
        response.ContentLength = blob.Length;
        response.Headers["Docker-Content-Digest"] = digest.ToString();
        response.Headers.AcceptRanges = "bytes";
        if (blob.ContentRange is { } contentRange)
        {
            response.Headers.ContentRange = contentRange;
        }

        if (head)
        {
            return new(blob.Status, 0);
        }

        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await using var body = await blob.OpenBodyAsync(context.RequestAborted);
        if (blob.Status == 206)
        {
            // A range cannot be verified against the blob digest; the client checks the whole it assembles.
            await body.CopyToAsync(response.Body, VerifyingCopier.BufferSize, context.RequestAborted);
            return new(206, blob.Length ?? 0, "range");
        }

        var copy = await VerifyingCopier.CopyAsync(body, response.Body, digest, blob.Length, context.RequestAborted);
        if (copy.Outcome != StreamCopyOutcome.Success)
        {
            // Headers are gone: the only honest signal left is a broken connection (STYLE practice 8).
            LogBlobAborted(logger, state.Target.ImageName, digest.ToString(), copy.Outcome);
            context.Abort();
            return new(blob.Status, copy.BytesWritten, "aborted: " + copy.Outcome);
        }

        return new(200, copy.BytesWritten);
    }

    private async Task<ResponseOutcome> TagsAsync(HttpContext context, PullRequestState state)
    {
        int? n = int.TryParse(context.Request.Query["n"], out var count) && count >= 0 ? count : null;
        var last = context.Request.Query["last"].ToString();
        var (body, next, failure) = await pull.ListTagsAsync(state.Target, state.ProxiedName, n, last, context.RequestAborted);
        if (failure is not null)
        {
            await OciResponses.WriteErrorAsync(context, failure.Error, failure.RetryAfter);
            return new(failure.Error.HttpStatus, 0, failure.Error.Message);
        }

        if (next is not null)
        {
            context.Response.Headers.Link = $"</v2/{state.ProxiedName}/tags/list{next}>; rel=\"next\"";
        }

        return await WriteJsonAsync(context, body!, "application/json");
    }

    private async Task<ResponseOutcome> ReferrersAsync(HttpContext context, Digest digest, PullRequestState state)
    {
        var artifactType = context.Request.Query["artifactType"].ToString();
        var query = artifactType.Length > 0 ? "?artifactType=" + Uri.EscapeDataString(artifactType) : "";
        var (body, mediaType, failure) = await pull.GetReferrersAsync(state.Target, digest, query, context.RequestAborted);
        if (failure is not null)
        {
            await OciResponses.WriteErrorAsync(context, failure.Error, failure.RetryAfter);
            return new(failure.Error.HttpStatus, 0, failure.Error.Message);
        }

        return await WriteJsonAsync(context, body!, mediaType!);
    }

    private static async Task<ResponseOutcome> WriteJsonAsync(HttpContext context, byte[] body, string contentType)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }

        return new(200, body.Length);
    }

    /// <summary>skopeo repeats Accept headers and clients comma-join them: keep every media type (TESTING.md).</summary>
    private static IEnumerable<string> SplitAccept(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Aborted blob {Digest} of {Image}: {Outcome}")]
    private static partial void LogBlobAborted(ILogger logger, string image, string digest, StreamCopyOutcome outcome);
}
