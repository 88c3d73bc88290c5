using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Wharf.Oci;
using Wharf.Proxy.Logging;
using Wharf.Proxy.Policy;
using Wharf.Storage.Model;

namespace Wharf.Server.Registry;

/// <summary>
/// Every <c>/v2/...</c> request except the token endpoint, in numbered steps (SPEC §2.1–2.2). Each step either
/// passes or answers with one OCI error; only step 7 talks to the upstream, so nothing reaches a host the
/// request is not entitled to.
/// </summary>
internal sealed partial class DistributionHandler(
    HostPolicy hosts,
    CustomerAuthenticator authenticator,
    UpstreamResolver resolver,
    ContentResponder content,
    PullLogWriter pullLog,
    TimeProvider time,
    ILogger<DistributionHandler> logger)
{
    public async Task HandleAsync(HttpContext context, string? path)
    {
        context.Response.Headers[OciResponses.ApiVersionHeader] = OciResponses.ApiVersion;
        var method = context.Request.Method;

        // 1. Pull only: every write method is refused before anything else (SPEC §2.1).
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            await OciResponses.WriteErrorAsync(context, new OciError(OciErrorCode.Unsupported, "Wharf is a pull-only registry"));
            return;
        }

        // 2. The Host must be the proxy domain or a registered custom domain.
        var host = await hosts.MatchAsync(context.Request.Host.Value ?? "", context.RequestAborted);
        if (!host.IsKnown)
        {
            await OciResponses.WriteErrorAsync(context, new OciError(OciErrorCode.Denied, "unknown registry host"));
            return;
        }

        // 3. GET /v2/: the API version check, 200 for any usable license.
        if (string.IsNullOrEmpty(path))
        {
            await PingAsync(context);
            return;
        }

        // 4. Syntax: route, repository name, reference. Cheap, and it reveals nothing.
        if (!DistributionRoute.TryParse(path, out var route) || route.Kind == DistributionRouteKind.BlobUpload)
        {
            await OciResponses.WriteErrorAsync(context, new OciError(OciErrorCode.NameUnknown, "no such registry route"));
            return;
        }

        if (!ProxyRepository.TryParse(route.Repository, out var repository, out var nameError))
        {
            await OciResponses.WriteErrorAsync(context, nameError);
            return;
        }

        if (ReferenceError(route) is { } referenceError)
        {
            await OciResponses.WriteErrorAsync(context, referenceError);
            return;
        }

        // 5. Who is asking: token or Basic license credentials, and the license is usable right now.
        var auth = await authenticator.AuthenticateAsync(context);
        if (auth.Error is not null)
        {
            Record(context, auth.License, repository.Name, route, auth.Error.HttpStatus, 0);
            await (auth.SendChallenge
                ? OciResponses.WriteChallengeAsync(context, repository.Name, auth.Error)
                : OciResponses.WriteErrorAsync(context, auth.Error));
            return;
        }

        // 6. May this license pull this repository on this host?
        var license = auth.License!;
        if (!string.Equals(license.AppSlug, repository.App, StringComparison.Ordinal))
        {
            await DenyAsync(context, license, repository.Name, route, "the license is not for this app");
            return;
        }

        if (auth.Token is { } token && !token.Grants(repository.Name))
        {
            await OciResponses.WriteChallengeAsync(context, repository.Name, new OciError(OciErrorCode.Unauthorized, "the token does not grant this repository"));
            return;
        }

        if (!host.Allows(license.VendorId))
        {
            await DenyAsync(context, license, repository.Name, route, "this domain belongs to another vendor");
            return;
        }

        var (target, resolveError) = await resolver.ResolveAsync(license.AppId, repository, context.RequestAborted);
        if (target is null)
        {
            await DenyAsync(context, license, repository.Name, route, resolveError!.Message);
            return;
        }

        // 7. Fetch from the upstream and stream back.
        var state = new PullRequestState(license, repository.Name, target, context.Connection.RemoteIpAddress?.ToString() ?? "");
        var outcome = await content.RespondAsync(context, route, state);
        Record(context, license, target.ImageName, route, outcome.Status, outcome.Bytes, outcome.Note);
    }

    private async Task PingAsync(HttpContext context)
    {
        var auth = await authenticator.AuthenticateAsync(context);
        if (auth.Error is not null)
        {
            await (auth.SendChallenge
                ? OciResponses.WriteChallengeAsync(context, null, auth.Error)
                : OciResponses.WriteErrorAsync(context, auth.Error));
            return;
        }

        context.Response.ContentType = "application/json";
        context.Response.ContentLength = 2;
        await context.Response.Body.WriteAsync("{}"u8.ToArray(), context.RequestAborted);
    }

    private static OciError? ReferenceError(DistributionRoute route)
    {
        switch (route.Kind)
        {
            case DistributionRouteKind.Manifest:
                return ManifestReference.TryParse(route.Reference, out _, out var error) ? null : error;
            case DistributionRouteKind.Blob:
            case DistributionRouteKind.Referrers:
                return Digest.TryParse(route.Reference, out _) ? null : new OciError(OciErrorCode.DigestInvalid, "invalid digest");
            default:
                return null;
        }
    }

    private Task DenyAsync(HttpContext context, LicenseRecord license, string image, DistributionRoute route, string reason)
    {
        LogDenied(logger, license.AppSlug, image, reason);
        Record(context, license, image, route, 403, 0, reason);
        return OciResponses.WriteErrorAsync(context, new OciError(OciErrorCode.Denied, reason));
    }

    private void Record(HttpContext context, LicenseRecord? license, string image, DistributionRoute route, int status, long bytes, string? note = null)
    {
        var action = route.Kind switch
        {
            DistributionRouteKind.Manifest when HttpMethods.IsHead(context.Request.Method) => "HEAD",
            DistributionRouteKind.Manifest => "manifest",
            DistributionRouteKind.Blob => "blob",
            DistributionRouteKind.TagsList => "tags",
            _ => "referrers",
        };
        pullLog.Enqueue(new PullLogEntry(
            time.GetUtcNow(), license?.VendorId, license?.LicenseId, license?.CustomerName, license?.AppSlug, action,
            image, route.Reference, status, bytes, context.Connection.RemoteIpAddress?.ToString(), note));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Denied pull of {Image} for app {App}: {Reason}")]
    private static partial void LogDenied(ILogger logger, string app, string image, string reason);
}
