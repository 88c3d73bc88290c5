using System.Diagnostics;
using System.Text;

namespace Wharf.Testing;

/// <summary>
/// Runs a tool to completion with an argument list (never a shell string), a timeout and
/// captured output. See <see cref="BackgroundProcess"/> for servers that keep running.
/// </summary>
public static class ProcessRunner
{
    /// <summary>Default timeout for one tool invocation.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Starts <paramref name="fileName"/> with <paramref name="arguments"/>, waits for it to exit
    /// and returns its exit code and output. At the timeout the process tree is killed and the
    /// result has <see cref="ProcessResult.TimedOut"/> set. Standard input is closed at once so
    /// that no tool waits for a terminal.
    /// </summary>
    /// <param name="fileName">Executable (absolute path, e.g. from <see cref="RequiredTool"/>).</param>
    /// <param name="arguments">Arguments, passed one by one.</param>
    /// <param name="timeout">Deadline; <see cref="DefaultTimeout"/> when null.</param>
    /// <param name="environment">Variables to set (a null value removes the variable).</param>
    /// <param name="workingDirectory">Working directory, or the current one.</param>
    /// <param name="cancellationToken">Kills the process and throws when cancelled.</param>
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(arguments);
        var args = arguments.ToList();
        using var process = new Process { StartInfo = CreateStartInfo(fileName, args, environment, workingDirectory) };
        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.StandardInput.Close();

        // Read both pipes concurrently: a tool blocked on a full stderr pipe would never exit.
        var stdout = ReadAllAsync(process.StandardOutput.BaseStream);
        var stderr = ReadAllAsync(process.StandardError.BaseStream);

        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutCts.CancelAfter(timeout ?? DefaultTimeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(timeoutCts.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            timedOut = true;
        }

        var stdoutBytes = await stdout;
        var stderrText = Encoding.UTF8.GetString(await stderr);
        return new ProcessResult(fileName, args, timedOut ? -1 : process.ExitCode, stdoutBytes, stderrText, timedOut, stopwatch.Elapsed);
    }

    /// <summary>Like <see cref="RunAsync"/>, but throws (stderr included) unless the process succeeds.</summary>
    /// <exception cref="InvalidOperationException">The process failed or timed out.</exception>
    public static async Task<ProcessResult> RunCheckedAsync(
        string fileName,
        IEnumerable<string> arguments,
        TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null,
        CancellationToken cancellationToken = default) =>
        (await RunAsync(fileName, arguments, timeout, environment, workingDirectory, cancellationToken)).EnsureSuccess();

    internal static ProcessStartInfo CreateStartInfo(
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment,
        string? workingDirectory)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        return startInfo;
    }

    internal static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
