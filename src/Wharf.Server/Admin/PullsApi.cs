using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wharf.Proxy.Logging;
using Wharf.Storage;

namespace Wharf.Server.Admin;

/// <summary>/api/v1/pulls: the vendor's pull log, newest first.</summary>
internal static class PullsApi
{
    public static RouteGroupBuilder MapPulls(this RouteGroupBuilder api)
    {
        api.MapGet("/pulls", async (int? limit, HttpContext context, IPullLogStore pulls, PullLogWriter writer) =>
        {
            // Rows are written in the background; flush so a vendor sees the pull that just happened.
            using var flush = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            flush.CancelAfter(TimeSpan.FromSeconds(2));
            try
            {
                await writer.FlushAsync(flush.Token);
            }
            catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
            {
                // A slow store: answer with what is stored so far.
            }

            var rows = await pulls.ListPullsAsync(VendorAuthFilter.CurrentVendor(context).Id, Math.Clamp(limit ?? 100, 1, 10_000), context.RequestAborted);
            return Results.Ok(rows.Select(p => new PullView(p.Time, p.LicenseId, p.CustomerName, p.AppSlug, p.Action, p.Image, p.Reference,
                p.Status, p.Bytes, p.ClientAddress, p.Note)));
        })
            .WithName("ListPulls").WithTags("Pulls").WithSummary("The pull log, newest first")
            .WithDescription("limit defaults to 100 (1 to 10000). action is auth, manifest, HEAD, blob, tags or referrers; "
                + "a blob whose bytes did not match its digest has note 'aborted: DigestMismatch'.")
            .Produces<PullView[]>();
        return api;
    }
}
