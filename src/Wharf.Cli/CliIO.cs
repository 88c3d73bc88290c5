namespace Wharf.Cli;

/// <summary>The CLI's standard streams, injectable so tests can run commands in-process.</summary>
internal sealed record CliIO(TextReader In, TextWriter Out, TextWriter Error)
{
    public static CliIO FromConsole() => new(Console.In, Console.Out, Console.Error);
}
