using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wharf.Proxy.Logging;
using Wharf.Storage;
using Wharf.Storage.Model;

namespace Wharf.Server.Admin;

/// <summary>/api/v1/egress: bytes served per customer and image from the vendor's pull log (SPEC §2.5).</summary>
internal static class EgressApi
{
    public static RouteGroupBuilder MapEgress(this RouteGroupBuilder api)
    {
        api.MapGet("/egress", async (string? app, string? since, string? until, string? by, HttpContext context,
            IAppStore apps, IEgressStore egress, PullLogWriter writer) =>
        {
            if (!TryParseGrouping(by, out var grouping))
            {
                return Results.BadRequest(new ApiError($"by '{by}' is not customer, image or customer,image"));
            }

            if (!TryParseInstant(since, out var from))
            {
                return Results.BadRequest(new ApiError($"since '{since}' is not YYYY-MM-DD or an ISO 8601 time"));
            }

            if (!TryParseInstant(until, out var to))
            {
                return Results.BadRequest(new ApiError($"until '{until}' is not YYYY-MM-DD or an ISO 8601 time"));
            }

            if (from >= to)
            {
                return Results.BadRequest(new ApiError("since must be before until"));
            }

            if (app is not null && await AppLookup.FindOwnAsync(apps, context, app) is null)
            {
                return AppLookup.AppNotFound(app);
            }

            // Rows are written in the background; flush so the report includes the pull that just happened.
            await writer.TryFlushAsync(TimeSpan.FromSeconds(2), context.RequestAborted);
            var query = new EgressQuery(VendorAuthFilter.CurrentVendor(context).Id, grouping, app, from, to);
            var rows = await egress.SumEgressAsync(query, context.RequestAborted);
            return Results.Ok(rows.Select(r => new EgressView(r.AppSlug, r.CustomerName, r.LicenseId, r.Image, r.Bytes, r.Pulls, r.Blobs)));
        })
            .WithName("GetEgress").WithTags("Egress").WithSummary("Bytes served per customer and image, largest first")
            .WithDescription("by is customer, image or customer,image (the default). since is inclusive, until exclusive; each is "
                + "YYYY-MM-DD (00:00 UTC) or an ISO 8601 time. Manifest and blob bytes count; pulls and blobs count manifest and blob GETs answered 2xx.")
            .Produces<EgressView[]>().ProducesApiError(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>Absent means both: the most detailed report.</summary>
    private static bool TryParseGrouping(string? by, out EgressGrouping grouping)
    {
        grouping = default;
        foreach (var part in (by ?? "customer,image").Split(',', StringSplitOptions.TrimEntries))
        {
            var flag = part switch
            {
                "customer" => EgressGrouping.Customer,
                "image" => EgressGrouping.Image,
                _ => (EgressGrouping?)null,
            };
            if (flag is null)
            {
                return false;
            }

            grouping |= flag.Value;
        }

        return true;
    }

    /// <summary>The license expiry grammar: a date is 00:00 UTC that day, so <c>until=2026-02-01</c> ends with January.</summary>
    private static bool TryParseInstant(string? text, out DateTimeOffset? instant)
    {
        instant = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!LicensesApi.TryParseExpiry(text, out var parsed))
        {
            return false;
        }

        instant = parsed;
        return true;
    }
}
