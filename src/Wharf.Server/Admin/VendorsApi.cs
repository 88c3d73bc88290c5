using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Wharf.Server.Admin;

/// <summary>/api/v1/vendors: the instance administrator (the first vendor) creates further vendors (SPEC §5).</summary>
internal static class VendorsApi
{
    public static RouteGroupBuilder MapVendors(this RouteGroupBuilder api)
    {
        api.MapPost("/vendors", async (CreateVendorRequest request, HttpContext context, VendorProvisioner provisioner) =>
        {
            if (!VendorAuthFilter.CurrentVendor(context).IsInstanceAdmin)
            {
                return Results.Json(new ApiError("only the instance administrator may create vendors"), statusCode: 403);
            }

            if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 100)
            {
                return Results.BadRequest(new ApiError("vendor name is required (at most 100 characters)"));
            }

            return await provisioner.CreateAsync(request.Name.Trim(), isInstanceAdmin: false, context.RequestAborted) is { } created
                ? Results.Created($"/api/v1/vendors/{created.Vendor.Id}", new VendorCreated(created.Vendor.Id, created.Vendor.Name, created.Token))
                : Results.Conflict(new ApiError($"vendor '{request.Name}' already exists"));
        })
            .WithName("CreateVendor").WithTags("Vendors").WithSummary("Create a vendor (instance administrator only)")
            .WithDescription("Answers the new vendor's first API token; it is shown only here. 403 for any vendor but the instance administrator.")
            .Produces<VendorCreated>(StatusCodes.Status201Created)
            .ProducesApiError(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict);
        return api;
    }
}
