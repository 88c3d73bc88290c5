using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wharf.Licensing;
using Wharf.Proxy.Policy;
using Wharf.Server.Hosting;
using Wharf.Storage;
using Wharf.Storage.Model;

namespace Wharf.Server.Admin;

/// <summary>/api/v1/licenses and /api/v1/license-key: issue signed licenses, list, revoke (SPEC §2.5).</summary>
internal static class LicensesApi
{
    private const string Tag = "Licenses";

    public static RouteGroupBuilder MapLicenses(this RouteGroupBuilder api)
    {
        api.MapPost("/licenses", async (CreateLicenseRequest request, HttpContext context, IAppStore apps, ILicenseStore licenses,
            VendorProvisioner vendors, ServerIdentity identity, TimeProvider time) =>
        {
            if (await AppLookup.FindOwnAsync(apps, context, request.App ?? "") is not { } app)
            {
                return AppLookup.AppNotFound(request.App ?? "");
            }

            if (string.IsNullOrWhiteSpace(request.Customer) || request.Customer.Length > 200)
            {
                return Results.BadRequest(new ApiError("customer name is required (at most 200 characters)"));
            }

            DateTimeOffset? expires = null;
            if (request.Expires is { Length: > 0 } text)
            {
                if (!TryParseExpiry(text, out var parsed))
                {
                    return Results.BadRequest(new ApiError($"expiry '{text}' is not YYYY-MM-DD or an ISO 8601 time"));
                }

                expires = parsed;
            }

            var now = time.GetUtcNow();
            var record = new LicenseRecord(LicenseId.New(), app.Id, app.Slug, app.VendorId, request.Customer.Trim(), expires, null, now);
            await licenses.CreateLicenseAsync(record, context.RequestAborted);
            var key = await vendors.SigningKeyAsync(app.VendorId, context.RequestAborted);
            var document = LicenseDocument.Sign(identity.LicenseSpecFor(record, context), key);
            return Results.Created($"/api/v1/licenses/{record.LicenseId}", new LicenseCreated(View(record, now), document));
        })
            .WithName("CreateLicense").WithTags(Tag).WithSummary("Issue a signed license")
            .WithDescription("expires is YYYY-MM-DD (the license expires at 00:00 UTC that day) or an ISO 8601 time; absent means never. "
                + "document is the signed license YAML to hand to the customer.")
            .Produces<LicenseCreated>(StatusCodes.Status201Created)
            .ProducesApiError(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        api.MapGet("/licenses", async (string? app, HttpContext context, IAppStore apps, ILicenseStore licenses, TimeProvider time) =>
        {
            long? appId = null;
            if (app is not null)
            {
                if (await AppLookup.FindOwnAsync(apps, context, app) is not { } owned)
                {
                    return AppLookup.AppNotFound(app);
                }

                appId = owned.Id;
            }

            var now = time.GetUtcNow();
            var rows = await licenses.ListLicensesAsync(VendorAuthFilter.CurrentVendor(context).Id, appId, context.RequestAborted);
            return Results.Ok(rows.Select(l => View(l, now)));
        })
            .WithName("ListLicenses").WithTags(Tag).WithSummary("List licenses, optionally of one app")
            .WithDescription("status is active, expired or revoked.")
            .Produces<LicenseView[]>().ProducesApiError(StatusCodes.Status404NotFound);

        api.MapPost("/licenses/{id}/revoke", async (string id, HttpContext context, ILicenseStore licenses, LicenseGate gate, TimeProvider time) =>
        {
            var revoked = await licenses.RevokeLicenseAsync(VendorAuthFilter.CurrentVendor(context).Id, id, time.GetUtcNow(), context.RequestAborted);
            gate.Forget(id);
            return revoked ? Results.NoContent() : Results.NotFound(new ApiError("no such license"));
        })
            .WithName("RevokeLicense").WithTags(Tag).WithSummary("Revoke a license")
            .WithDescription("Pulls with the license stop within 2 s, registry tokens already issued included.")
            .Produces(StatusCodes.Status204NoContent).ProducesApiError(StatusCodes.Status404NotFound);

        api.MapGet("/license-key", async (HttpContext context, VendorProvisioner vendors) =>
        {
            var key = await vendors.SigningKeyAsync(VendorAuthFilter.CurrentVendor(context).Id, context.RequestAborted);
            return Results.Text(key.PublicKey.ExportPem(), "application/x-pem-file");
        })
            .WithName("GetLicenseKey").WithTags(Tag).WithSummary("The vendor's license-verification public key (PEM)")
            .WithDescription("The installer verifies license signatures offline with this key.")
            .Produces<string>(StatusCodes.Status200OK, "application/x-pem-file");
        return api;
    }

    /// <summary>A date means the license expires at the start of that day (UTC), the instant KOTS licenses carry.</summary>
    internal static bool TryParseExpiry(string text, out DateTimeOffset expires)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            expires = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out expires);
    }

    private static LicenseView View(LicenseRecord l, DateTimeOffset now) =>
        new(l.LicenseId, l.AppSlug, l.CustomerName, l.ExpiresAt, l.RevokedAt, l.CreatedAt,
            l.RevokedAt is not null ? "revoked" : l.ExpiresAt <= now ? "expired" : "active");
}
