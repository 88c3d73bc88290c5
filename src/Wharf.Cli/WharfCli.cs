using System.CommandLine;
using Wharf.Cli.Commands;

namespace Wharf.Cli;

/// <summary>
/// The <c>wharf</c> command tree (SPEC §5). Exit codes: 0 success, 1 user error (one line on stderr), 2 bad usage.
/// </summary>
internal static class WharfCli
{
    public static async Task<int> RunAsync(string[] args, CliIO io, CancellationToken ct)
    {
        var root = new RootCommand("Wharf: a license-gated proxy registry and installer for private container images");
        var globals = new GlobalOptions();
        globals.AddTo(root);
        root.Subcommands.Add(ServeCommand.Create(io));
        root.Subcommands.Add(AdminCommands.Vendor(globals, io));
        root.Subcommands.Add(AdminCommands.App(globals, io));
        root.Subcommands.Add(RegistryCommands.Create(globals, io));
        root.Subcommands.Add(AdminCommands.Domain(globals, io));
        root.Subcommands.Add(LicenseCommands.Create(globals, io));
        root.Subcommands.Add(AdminCommands.Pulls(globals, io));
        root.Subcommands.Add(EgressCommand.Create(globals, io));
        root.Subcommands.Add(RenderCommand.Create(io));
        root.Subcommands.Add(TemplateCommand.Create(io));
        root.Subcommands.Add(WebhookCommand.Create(io));

        var parsed = root.Parse(args);
        var config = new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false };
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await io.Error.WriteLineAsync("error: " + error.Message);
            }

            await io.Error.WriteLineAsync("See 'wharf --help'.");
            return 2;
        }

        try
        {
            return await parsed.InvokeAsync(config, ct);
        }
        catch (CliException e)
        {
            await io.Error.WriteLineAsync("error: " + e.Message);
            return 1;
        }
    }
}
