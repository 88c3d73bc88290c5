using System.CommandLine;
using System.Globalization;
using Wharf.Cli.Admin;
using Wharf.Server.Admin;

namespace Wharf.Cli.Commands;

/// <summary><c>wharf egress</c>: bytes served per customer and image (SPEC §2.5), from GET /api/v1/egress.</summary>
internal static class EgressCommand
{
    public static Command Create(GlobalOptions globals, CliIO io)
    {
        var app = AdminAction.AppOption(required: false);
        var since = new Option<string?>("--since") { Description = "from this time on (YYYY-MM-DD is 00:00 UTC, or an ISO 8601 time)" };
        var until = new Option<string?>("--until") { Description = "before this time (exclusive; same formats as --since)" };
        var by = new Option<string>("--by") { Description = "group by customer, image or both", DefaultValueFactory = _ => "customer,image" };
        by.AcceptOnlyFromAmong("customer", "image", "customer,image");
        var egress = new Command("egress", "Show bytes served per customer and image") { app, since, until, by };
        AdminAction.Set(egress, globals, async (parse, client, format, ct) =>
        {
            var grouping = parse.GetValue(by)!;
            var query = Query(("app", parse.GetValue(app)), ("since", parse.GetValue(since)), ("until", parse.GetValue(until)), ("by", grouping));
            var rows = await client.GetAsync<List<EgressView>>("egress" + query, ct);
            await TableWriter.WriteAsync(io.Out, format, rows, Columns(grouping).ToArray());
        });
        return egress;
    }

    /// <summary>Only the columns the grouping fills; the exact byte count next to the readable one, for billing.</summary>
    private static IEnumerable<(string, Func<EgressView, string?>)> Columns(string grouping)
    {
        yield return ("APP", r => r.App);
        if (grouping.Contains("customer", StringComparison.Ordinal))
        {
            yield return ("CUSTOMER", r => r.Customer);
            yield return ("LICENSE ID", r => r.LicenseId);
        }

        if (grouping.Contains("image", StringComparison.Ordinal))
        {
            yield return ("IMAGE", r => r.Image);
        }

        yield return ("PULLS", r => r.Pulls.ToString(CultureInfo.InvariantCulture));
        yield return ("BLOBS", r => r.Blobs.ToString(CultureInfo.InvariantCulture));
        yield return ("EGRESS", r => ByteSize.Format(r.Bytes));
        yield return ("BYTES", r => r.Bytes.ToString(CultureInfo.InvariantCulture));
    }

    private static string Query(params (string Name, string? Value)[] parameters)
    {
        var present = parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return present.Count == 0 ? "" : "?" + string.Join('&', present);
    }
}
