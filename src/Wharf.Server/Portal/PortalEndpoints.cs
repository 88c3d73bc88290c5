using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Wharf.Server.Portal;

/// <summary>
/// /portal/: the vendors' web portal (SPEC §2.5), a static single-page app over the admin API. The files are public
/// (they hold no data); every datum comes from /api/v1 with the vendor token the browser keeps in sessionStorage.
/// No cookies and no server-side session, so there is nothing here to forge across sites.
/// </summary>
internal static class PortalEndpoints
{
    /// <summary>
    /// Scripts and styles only from this origin and never inline, so injected markup cannot run; API calls only to
    /// this origin; never framed (clickjacking). The portal builds every element with textContent, and the policy is
    /// the second line of defence.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder routes)
    {
        var assets = PortalAssets.Load();

        // One route for /portal and /portal/...: routing treats a trailing slash as optional, so two would collide.
        routes.MapMethods("/portal/{**file}", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, string? file) =>
        {
            Secure(context.Response);
            if (!context.Request.Path.Value!.EndsWith('/') && string.IsNullOrEmpty(file))
            {
                return Results.Redirect("/portal/"); // relative links in index.html need the trailing slash
            }

            if (!assets.TryGet(string.IsNullOrEmpty(file) ? "index.html" : file, out var found))
            {
                return Results.Text("not found", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
            }

            // Revalidate every time: a new Wharf version must not run with an old cached module next to new ones.
            context.Response.Headers.CacheControl = "no-cache";
            return Results.Bytes(found.Content, found.ContentType);
        }).ExcludeFromDescription();
        return routes;
    }

    private static void Secure(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XFrameOptions = "DENY"; // for browsers that predate frame-ancestors
    }
}
