using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Wharf.Storage;
using Wharf.Storage.Model;

namespace Wharf.Server.Admin;

/// <summary>
/// Admin API authentication: <c>Authorization: Bearer &lt;vendor API token&gt;</c>. Tokens are stored as SHA-256
/// hashes, so a leaked database does not leak them. The vendor is put on the request for the endpoints.
/// </summary>
internal sealed class VendorAuthFilter(IVendorStore vendors) : IEndpointFilter
{
    private const string ItemKey = "wharf.vendor";

    public static Vendor CurrentVendor(HttpContext context) => (Vendor)context.Items[ItemKey]!;

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        string? header = context.Request.Headers.Authorization;
        var token = header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
        var vendor = string.IsNullOrEmpty(token) ? null : await vendors.FindVendorByTokenHashAsync(Hash(token), context.RequestAborted);
        if (vendor is null)
        {
            return Results.Json(new ApiError("a valid vendor API token is required (Authorization: Bearer TOKEN)"), statusCode: 401);
        }

        context.Items[ItemKey] = vendor;
        return await next(invocation);
    }
}
