using System.CommandLine;
using Wharf.Cli.Admin;
using Wharf.Server.Admin;

namespace Wharf.Cli.Commands;

/// <summary><c>wharf vendor</c>, <c>app</c>, <c>domain</c> and <c>pulls</c>: small admin commands over the API.</summary>
internal static class AdminCommands
{
    public static Command Vendor(GlobalOptions globals, CliIO io)
    {
        var name = new Argument<string>("NAME") { Description = "vendor name" };
        var create = new Command("create", "Create a vendor (instance administrator only); prints its API token") { name };
        AdminAction.Set(create, globals, async (parse, client, format, ct) =>
        {
            var created = await client.PostAsync<VendorCreated>("vendors", new CreateVendorRequest(parse.GetValue(name)!), ct);
            await io.Out.WriteLineAsync(created.Token);
        });
        return new Command("vendor", "Manage vendors") { create };
    }

    public static Command App(GlobalOptions globals, CliIO io)
    {
        var slug = new Argument<string>("SLUG") { Description = "app slug: lower-case letters, digits, dashes" };
        var create = new Command("create", "Create an app") { slug };
        AdminAction.Set(create, globals, async (parse, client, format, ct) =>
        {
            var app = await client.PostAsync<AppView>("apps", new CreateAppRequest(parse.GetValue(slug)!), ct);
            await io.Out.WriteLineAsync($"created app {app.Slug}");
        });
        var list = new Command("list", "List apps");
        AdminAction.Set(list, globals, async (parse, client, format, ct) =>
            await TableWriter.WriteAsync(io.Out, format, await client.GetAsync<List<AppView>>("apps", ct),
                ("SLUG", a => a.Slug), ("CREATED", a => TableWriter.Time(a.CreatedAt))));
        return new Command("app", "Manage apps") { create, list };
    }

    public static Command Domain(GlobalOptions globals, CliIO io)
    {
        var app = AdminAction.AppOption();
        var domain = new Argument<string>("DOMAIN") { Description = "host name pointed at this Wharf server" };
        var add = new Command("add", "Register a custom domain for an app's proxy") { app, domain };
        AdminAction.Set(add, globals, async (parse, client, format, ct) =>
        {
            var added = await client.PostAsync<DomainView>($"apps/{Uri.EscapeDataString(parse.GetValue(app)!)}/domains", new AddDomainRequest(parse.GetValue(domain)!), ct);
            await io.Out.WriteLineAsync($"added domain {added.Domain} for app {added.App}");
        });
        var list = new Command("list", "List custom domains");
        AdminAction.Set(list, globals, async (parse, client, format, ct) =>
            await TableWriter.WriteAsync(io.Out, format, await client.GetAsync<List<DomainView>>("domains", ct),
                ("DOMAIN", d => d.Domain), ("APP", d => d.App), ("CREATED", d => TableWriter.Time(d.CreatedAt))));
        return new Command("domain", "Manage custom domains") { add, list };
    }

    public static Command Pulls(GlobalOptions globals, CliIO io)
    {
        var limit = new Option<int>("--limit") { Description = "rows to show, newest first", DefaultValueFactory = _ => 50 };
        var pulls = new Command("pulls", "Show the pull log") { limit };
        AdminAction.Set(pulls, globals, async (parse, client, format, ct) =>
            await TableWriter.WriteAsync(io.Out, format, await client.GetAsync<List<PullView>>($"pulls?limit={parse.GetValue(limit)}", ct),
                ("TIME", p => TableWriter.Time(p.Time)), ("CUSTOMER", p => p.Customer), ("ACTION", p => p.Action),
                ("IMAGE", p => p.Image), ("REFERENCE", p => p.Reference), ("STATUS", p => p.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("BYTES", p => p.Bytes.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("NOTE", p => p.Note)));
        return pulls;
    }
}
