using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wharf.Oci;
using Wharf.Proxy.Policy;
using Wharf.Storage;

namespace Wharf.Server.Admin;

/// <summary>/api/v1/apps/{app}/domains and /api/v1/domains: custom domains (SPEC §2.2).</summary>
internal static class DomainsApi
{
    public static RouteGroupBuilder MapDomains(this RouteGroupBuilder api)
    {
        api.MapPost("/apps/{app}/domains", async (string app, AddDomainRequest request, HttpContext context,
            IAppStore apps, IDomainStore domains, HostPolicy hosts) =>
        {
            if (await AppLookup.FindOwnAsync(apps, context, app) is not { } owned)
            {
                return AppLookup.AppNotFound(app);
            }

            var domain = request.Domain?.Trim().ToLowerInvariant() ?? "";
            if (!ImageReference.TryParse(domain + "/probe", out var parsed, out _) || parsed.Registry != domain || domain.Contains(':', StringComparison.Ordinal))
            {
                return Results.BadRequest(new ApiError($"'{request.Domain}' is not a host name"));
            }

            var added = await domains.AddDomainAsync(owned.VendorId, owned.Id, domain, context.RequestAborted);
            hosts.Invalidate();
            return added is null
                ? Results.Conflict(new ApiError($"domain '{domain}' is already registered"))
                : Results.Created($"/api/v1/domains/{domain}", new DomainView(added.Domain, app, added.CreatedAt));
        })
            .WithName("AddDomain").WithTags("Domains").WithSummary("Register a custom domain for an app")
            .WithDescription("The Host customers pull from instead of the proxy domain; 409 when any vendor has it.")
            .Produces<DomainView>(StatusCodes.Status201Created)
            .ProducesApiError(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        api.MapGet("/domains", async (HttpContext context, IAppStore apps, IDomainStore domains) =>
        {
            var vendor = VendorAuthFilter.CurrentVendor(context);
            var slugs = (await apps.ListAppsAsync(vendor.Id, context.RequestAborted)).ToDictionary(a => a.Id, a => a.Slug);
            return Results.Ok((await domains.ListDomainsAsync(vendor.Id, context.RequestAborted))
                .Select(d => new DomainView(d.Domain, slugs.GetValueOrDefault(d.AppId, ""), d.CreatedAt)));
        })
            .WithName("ListDomains").WithTags("Domains").WithSummary("List the vendor's custom domains")
            .Produces<DomainView[]>();
        return api;
    }
}
