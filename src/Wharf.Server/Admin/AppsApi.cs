using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wharf.Oci;
using Wharf.Storage;

namespace Wharf.Server.Admin;

/// <summary>/api/v1/apps: create and list the vendor's apps.</summary>
internal static class AppsApi
{
    private const string Tag = "Apps";

    public static RouteGroupBuilder MapApps(this RouteGroupBuilder api)
    {
        api.MapPost("/apps", async (CreateAppRequest request, HttpContext context, IAppStore apps) =>
        {
            if (request.Slug is null || !IsSlug(request.Slug))
            {
                return Results.BadRequest(new ApiError("app slug must be lower-case letters, digits and single dashes, 1-63 characters"));
            }

            var vendor = VendorAuthFilter.CurrentVendor(context);
            var app = await apps.CreateAppAsync(vendor.Id, request.Slug, context.RequestAborted);
            return app is null
                ? Results.Conflict(new ApiError($"app '{request.Slug}' already exists"))
                : Results.Created($"/api/v1/apps/{app.Slug}", new AppView(app.Slug, app.CreatedAt));
        })
            .WithName("CreateApp").WithTags(Tag).WithSummary("Create an app")
            .WithDescription("Slugs are global, because every proxy path carries one (DOMAIN/proxy/APP_SLUG/...): 409 when any vendor has it.")
            .Produces<AppView>(StatusCodes.Status201Created).ProducesApiError(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict);

        api.MapGet("/apps", async (HttpContext context, IAppStore apps) =>
            Results.Ok((await apps.ListAppsAsync(VendorAuthFilter.CurrentVendor(context).Id, context.RequestAborted))
                .Select(a => new AppView(a.Slug, a.CreatedAt))))
            .WithName("ListApps").WithTags(Tag).WithSummary("List the vendor's apps")
            .Produces<AppView[]>();
        return api;
    }

    /// <summary>The slug grammar of SPEC §1, the same one the proxy path parser accepts.</summary>
    public static bool IsSlug(string slug) =>
        slug.Length is > 0 and <= 63 && ProxyRepository.TryParse($"proxy/{slug}/nginx", out var repo, out _) && repo.App == slug;
}
