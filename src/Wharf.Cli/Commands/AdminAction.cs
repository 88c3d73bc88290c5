using System.CommandLine;
using Wharf.Cli.Admin;

namespace Wharf.Cli.Commands;

/// <summary>Runs an admin command body with a connected client and the chosen output format.</summary>
internal static class AdminAction
{
    public static void Set(Command command, GlobalOptions globals, Func<ParseResult, AdminClient, string, CancellationToken, Task> body) =>
        command.SetAction(async (parse, ct) =>
        {
            using var client = new AdminClient(AdminConnection.Resolve(parse.GetValue(globals.Server), parse.GetValue(globals.Token)));
            await body(parse, client, parse.GetValue(globals.Output)!, ct);
            return 0;
        });

    public static Option<string> AppOption(bool required = true) =>
        new("--app") { Description = "app slug", Required = required };
}
