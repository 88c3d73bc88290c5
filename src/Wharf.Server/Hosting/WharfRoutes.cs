using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wharf.Server.Admin;
using Wharf.Server.Portal;
using Wharf.Server.Registry;
using Wharf.Storage;

namespace Wharf.Server.Hosting;

/// <summary>The route table: health, the distribution API, the token endpoint, the admin API and the web portal.</summary>
internal static class WharfRoutes
{
    public static void MapWharfRoutes(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", async (IVendorStore vendors, CancellationToken ct) =>
            await vendors.CountVendorsAsync(ct) > 0 ? Results.Text("ready") : Results.Text("starting", statusCode: 503));

        app.MapMethods("/v2/token", ["GET", "POST"], (HttpContext context, TokenEndpoint tokens) => tokens.HandleAsync(context));
        app.Map("/v2", (HttpContext context, DistributionHandler handler) => handler.HandleAsync(context, null));
        app.Map("/v2/{**path}", (HttpContext context, string? path, DistributionHandler handler) => handler.HandleAsync(context, path));

        // The document first, outside the token-protected group: it is a public description of the API.
        app.MapAdminOpenApi();
        var api = app.MapGroup("/api/v1").RequireVendorToken();
        api.MapVendors().MapApps().MapRegistries().MapDomains().MapLicenses().MapPulls().MapEgress();
        app.MapPortal();
    }
}
