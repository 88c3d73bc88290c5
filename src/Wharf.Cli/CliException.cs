namespace Wharf.Cli;

/// <summary>A user error: printed as one line on stderr, exit code 1 (SPEC §5).</summary>
internal sealed class CliException(string message) : Exception(message);
