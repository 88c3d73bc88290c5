using System.CommandLine;

namespace Wharf.Cli;

/// <summary>Options every admin command takes (SPEC §5): server, token, output format.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Server { get; } = new("--server") { Description = "Wharf server URL (default: $WHARF_URL, else the one recorded in the data directory)", Recursive = true };

    public Option<string?> Token { get; } = new("--token") { Description = "vendor API token (default: $WHARF_TOKEN, else the one in the data directory)", Recursive = true };

    public Option<string> Output { get; } = new("--output") { Description = "output format: table or json", DefaultValueFactory = _ => "table", Recursive = true };

    public void AddTo(RootCommand root)
    {
        Output.AcceptOnlyFromAmong("table", "json");
        root.Options.Add(Server);
        root.Options.Add(Token);
        root.Options.Add(Output);
    }
}
