using System.CommandLine;
using Wharf.Cli.Admin;
using Wharf.Server.Admin;

namespace Wharf.Cli.Commands;

/// <summary>
/// <c>wharf registry</c>: link external registries (SPEC §5). The password never appears on the command line:
/// it comes from stdin (<c>--password-stdin</c>) or <c>WHARF_REGISTRY_PASSWORD</c>; anonymous links are explicit.
/// </summary>
internal static class RegistryCommands
{
    public static Command Create(GlobalOptions globals, CliIO io)
    {
        var app = AdminAction.AppOption();
        var host = new Argument<string>("HOST") { Description = "registry host[:port]; prefix http:// for a registry without TLS" };
        var slug = new Option<string?>("--slug") { Description = "short name: proxy/APP/SLUG/image reaches this registry" };
        var username = new Option<string?>("--username") { Description = "read-only user" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "read the password from stdin (else $WHARF_REGISTRY_PASSWORD)" };
        var anonymous = new Option<bool>("--anonymous") { Description = "link without credentials" };
        var add = new Command("add", "Link an external registry to an app") { app, host, slug, username, passwordStdin, anonymous };
        AdminAction.Set(add, globals, async (parse, client, format, ct) =>
        {
            var isAnonymous = parse.GetValue(anonymous);
            var user = parse.GetValue(username);
            string? password = null;
            if (isAnonymous && (user is not null || parse.GetValue(passwordStdin)))
            {
                throw new CliException("--anonymous cannot be combined with --username or --password-stdin");
            }

            if (!isAnonymous)
            {
                if (user is null)
                {
                    throw new CliException("give --username U with --password-stdin (or $WHARF_REGISTRY_PASSWORD), or --anonymous");
                }

                password = parse.GetValue(passwordStdin)
                    ? (await io.In.ReadToEndAsync(ct)).TrimEnd('\r', '\n')
                    : Environment.GetEnvironmentVariable("WHARF_REGISTRY_PASSWORD");
                if (string.IsNullOrEmpty(password))
                {
                    throw new CliException("no password: pipe it into --password-stdin or set WHARF_REGISTRY_PASSWORD");
                }
            }

            var added = await client.PostAsync<RegistryView>($"apps/{Uri.EscapeDataString(parse.GetValue(app)!)}/registries",
                new AddRegistryRequest(parse.GetValue(host)!, parse.GetValue(slug), user, password, isAnonymous), ct);
            await io.Out.WriteLineAsync($"linked {added.Host}{(added.Slug is null ? "" : $" as '{added.Slug}'")} to app {added.App} (id {added.Id})");
        });

        var listApp = AdminAction.AppOption();
        var list = new Command("list", "List an app's linked registries") { listApp };
        AdminAction.Set(list, globals, async (parse, client, format, ct) =>
            await TableWriter.WriteAsync(io.Out, format,
                await client.GetAsync<List<RegistryView>>($"apps/{Uri.EscapeDataString(parse.GetValue(listApp)!)}/registries", ct),
                ("ID", r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("HOST", r => r.Host), ("SLUG", r => r.Slug),
                ("USER", r => r.Anonymous ? "(anonymous)" : r.Username), ("TLS", r => r.PlainHttp ? "no" : "yes")));

        var removeApp = AdminAction.AppOption();
        var id = new Argument<long>("ID") { Description = "registry id from 'wharf registry list'" };
        var remove = new Command("remove", "Unlink a registry") { removeApp, id };
        AdminAction.Set(remove, globals, async (parse, client, format, ct) =>
        {
            await client.SendAsync(HttpMethod.Delete, $"apps/{Uri.EscapeDataString(parse.GetValue(removeApp)!)}/registries/{parse.GetValue(id)}", null, ct);
            await io.Out.WriteLineAsync("removed");
        });

        var testApp = AdminAction.AppOption();
        var testId = new Argument<long>("ID") { Description = "registry id" };
        var repository = new Option<string?>("--repository") { Description = "also check pull access to this repository" };
        var test = new Command("test", "Test the connection and credentials of a linked registry") { testApp, testId, repository };
        AdminAction.Set(test, globals, async (parse, client, format, ct) =>
        {
            var query = parse.GetValue(repository) is { } repo ? "?repository=" + Uri.EscapeDataString(repo) : "";
            var result = await client.PostAsync<RegistryTestResult>(
                $"apps/{Uri.EscapeDataString(parse.GetValue(testApp)!)}/registries/{parse.GetValue(testId)}/test{query}", null, ct);
            if (!result.Ok)
            {
                throw new CliException(result.Message);
            }

            await io.Out.WriteLineAsync(result.Message);
        });
        return new Command("registry", "Manage linked external registries") { add, list, remove, test };
    }
}
