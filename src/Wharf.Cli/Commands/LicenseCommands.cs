using System.CommandLine;
using Wharf.Cli.Admin;
using Wharf.Server.Admin;

namespace Wharf.Cli.Commands;

/// <summary><c>wharf license</c>: issue, list and revoke customer licenses; export the verification key (SPEC §5).</summary>
internal static class LicenseCommands
{
    public static Command Create(GlobalOptions globals, CliIO io)
    {
        var app = AdminAction.AppOption();
        var customer = new Option<string>("--customer") { Description = "customer name", Required = true };
        var expires = new Option<string?>("--expires") { Description = "expiry date, YYYY-MM-DD (00:00 UTC)" };
        var output = new Option<string?>("-o") { Description = "write the signed license YAML to FILE instead of stdout" };
        var create = new Command("create", "Issue a signed license") { app, customer, expires, output };
        AdminAction.Set(create, globals, async (parse, client, format, ct) =>
        {
            var created = await client.PostAsync<LicenseCreated>("licenses",
                new CreateLicenseRequest(parse.GetValue(app)!, parse.GetValue(customer)!, parse.GetValue(expires)), ct);
            await WriteOutputAsync(io, parse.GetValue(output), created.Document, ct);
        });

        var listApp = AdminAction.AppOption(required: false);
        var list = new Command("list", "List licenses") { listApp };
        AdminAction.Set(list, globals, async (parse, client, format, ct) =>
        {
            var query = parse.GetValue(listApp) is { } a ? "?app=" + Uri.EscapeDataString(a) : "";
            await TableWriter.WriteAsync(io.Out, format, await client.GetAsync<List<LicenseView>>("licenses" + query, ct),
                ("LICENSE ID", l => l.LicenseId), ("APP", l => l.App), ("CUSTOMER", l => l.Customer),
                ("EXPIRES", l => TableWriter.Time(l.ExpiresAt)), ("STATUS", l => l.Status));
        });

        var id = new Argument<string>("LICENSE_ID") { Description = "the license to revoke" };
        var revoke = new Command("revoke", "Revoke a license: pulls stop within seconds") { id };
        AdminAction.Set(revoke, globals, async (parse, client, format, ct) =>
        {
            await client.SendAsync(HttpMethod.Post, $"licenses/{Uri.EscapeDataString(parse.GetValue(id)!)}/revoke", null, ct);
            await io.Out.WriteLineAsync("revoked");
        });

        var keyOutput = new Option<string?>("-o") { Description = "write the PEM to FILE instead of stdout" };
        var key = new Command("key", "Print the public key (PEM) that verifies this vendor's licenses") { keyOutput };
        AdminAction.Set(key, globals, async (parse, client, format, ct) =>
            await WriteOutputAsync(io, parse.GetValue(keyOutput), await client.GetTextAsync("license-key", ct), ct));
        return new Command("license", "Manage customer licenses") { create, list, revoke, key };
    }

    /// <summary>Writes to FILE atomically (temp + rename) so a failure never leaves half a license behind.</summary>
    private static async Task WriteOutputAsync(CliIO io, string? path, string text, CancellationToken ct)
    {
        if (path is null)
        {
            await io.Out.WriteAsync(text.EndsWith('\n') ? text : text + "\n");
            return;
        }

        var temp = path + ".tmp";
        try
        {
            await File.WriteAllTextAsync(temp, text, ct);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temp);
            throw new CliException($"cannot write {path}: {e.Message}");
        }
    }
}
