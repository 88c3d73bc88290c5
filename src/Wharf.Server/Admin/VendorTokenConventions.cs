using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Wharf.Server.Admin;

/// <summary>Vendor-token protection for a route group: the filter and the metadata that documents it, applied together.</summary>
internal static class VendorTokenConventions
{
    public static RouteGroupBuilder RequireVendorToken(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (invocation, next) =>
            await invocation.HttpContext.RequestServices.GetRequiredService<VendorAuthFilter>().InvokeAsync(invocation, next));
        group.AddEndpointFilter(NulTextFilter.InvokeAsync);
        // Produces<T> exists only for single endpoints; this is the metadata it would add, for the whole group.
        group.WithMetadata(VendorTokenRequired.Instance,
            new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(ApiError), ["application/json"]));
        return group;
    }
}
