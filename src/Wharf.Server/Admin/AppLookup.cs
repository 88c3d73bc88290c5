using Microsoft.AspNetCore.Http;
using Wharf.Storage;
using Wharf.Storage.Model;

namespace Wharf.Server.Admin;

/// <summary>Finds an app of the calling vendor; another vendor's app is reported as not found, never as forbidden.</summary>
internal static class AppLookup
{
    public static async Task<App?> FindOwnAsync(IAppStore apps, HttpContext context, string slug)
    {
        var app = await apps.FindAppAsync(slug, context.RequestAborted);
        return app is not null && app.VendorId == VendorAuthFilter.CurrentVendor(context).Id ? app : null;
    }

    public static IResult AppNotFound(string slug) => Results.NotFound(new ApiError($"no app '{slug}'"));
}
