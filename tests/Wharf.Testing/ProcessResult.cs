using System.Text;

namespace Wharf.Testing;

/// <summary>
/// Outcome of a finished (or timed-out) process. A non-zero exit is a value, so tests can
/// assert expected failures (e.g. a 401 from a puller) as easily as successes.
/// </summary>
/// <param name="FileName">Executable that ran.</param>
/// <param name="Arguments">Its arguments, one element each (never a shell string).</param>
/// <param name="ExitCode">Exit code; -1 when the process was killed at the timeout.</param>
/// <param name="StdOutBytes">Raw standard output (e.g. a manifest from <c>skopeo inspect --raw</c>, byte-exact).</param>
/// <param name="StdErr">Standard error, decoded as UTF-8.</param>
/// <param name="TimedOut">True when the process was killed because it exceeded its timeout.</param>
/// <param name="Elapsed">Wall-clock run time.</param>
public sealed record ProcessResult(
    string FileName,
    IReadOnlyList<string> Arguments,
    int ExitCode,
    byte[] StdOutBytes,
    string StdErr,
    bool TimedOut,
    TimeSpan Elapsed)
{
    /// <summary>Standard output decoded as UTF-8.</summary>
    public string StdOut => Encoding.UTF8.GetString(StdOutBytes);

    /// <summary>True when the process exited with code 0 within its timeout.</summary>
    public bool Succeeded => ExitCode == 0 && !TimedOut;

    /// <summary>The command line, for messages (arguments quoted only for readability).</summary>
    public string CommandLine => string.Join(' ', new[] { FileName }.Concat(Arguments.Select(Quote)));

    /// <summary>Returns this result, or throws with the command, exit code and stderr when it failed.</summary>
    /// <exception cref="InvalidOperationException">The process failed or timed out.</exception>
    public ProcessResult EnsureSuccess()
    {
        if (Succeeded)
        {
            return this;
        }

        throw new InvalidOperationException(Describe());
    }

    /// <summary>A multi-line description: command, exit status, stderr and stdout (truncated).</summary>
    public string Describe()
    {
        var status = TimedOut ? $"timed out after {Elapsed.TotalSeconds:0.#} s" : $"exited with code {ExitCode}";
        return $"`{CommandLine}` {status}.{Environment.NewLine}stderr:{Environment.NewLine}{Truncate(StdErr)}" +
               $"{Environment.NewLine}stdout:{Environment.NewLine}{Truncate(StdOut)}";
    }

    /// <inheritdoc />
    public override string ToString() => Describe();

    private static string Truncate(string text) => text.Length <= 8000 ? text : text[..8000] + "…";

    private static string Quote(string argument) =>
        argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'') ? argument : $"'{argument}'";
}
