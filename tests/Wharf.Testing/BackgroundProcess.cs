using System.Diagnostics;
using System.Text;

namespace Wharf.Testing;

/// <summary>
/// A long-running server process (registry, containerd) whose output is captured line by
/// line while it runs. Disposing kills the process tree and waits for it to exit.
/// </summary>
public sealed class BackgroundProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly object _gate = new();
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly StringBuilder _combined = new();
    private readonly TaskCompletionSource _stdoutClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stderrClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BackgroundProcess(Process process) => _process = process;

    /// <summary>Operating-system process id.</summary>
    public int Id => _process.Id;

    /// <summary>True once the process has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Exit code, or null while it runs.</summary>
    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    /// <summary>Everything written to standard output so far.</summary>
    public string StdOut
    {
        get
        {
            lock (_gate)
            {
                return _stdout.ToString();
            }
        }
    }

    /// <summary>Everything written to standard error so far.</summary>
    public string StdErr
    {
        get
        {
            lock (_gate)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Both streams interleaved in the order the lines arrived.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _combined.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="fileName"/> with <paramref name="arguments"/> (argument list, no shell).</summary>
    public static BackgroundProcess Start(
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null)
    {
        var process = new Process
        {
            StartInfo = ProcessRunner.CreateStartInfo(fileName, arguments, environment, workingDirectory),
            EnableRaisingEvents = true,
        };
        var background = new BackgroundProcess(process);
        process.OutputDataReceived += (_, e) => background.Append(e.Data, background._stdout, background._stdoutClosed);
        process.ErrorDataReceived += (_, e) => background.Append(e.Data, background._stderr, background._stderrClosed);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return background;
    }

    /// <summary>Waits until the process has exited and all its output has been captured.</summary>
    public async Task WaitForExitAsync(CancellationToken cancellationToken = default)
    {
        await _process.WaitForExitAsync(cancellationToken);
        await Task.WhenAll(_stdoutClosed.Task, _stderrClosed.Task).WaitAsync(cancellationToken);
    }

    /// <summary>Kills the process tree (if still running) and waits until it and its output pipes are done.</summary>
    public async ValueTask DisposeAsync()
    {
        ProcessRunner.Kill(_process);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            // A grandchild may still hold a pipe open; the process itself is gone.
        }

        _process.Dispose();
    }

    private void Append(string? line, StringBuilder target, TaskCompletionSource closed)
    {
        if (line is null)
        {
            closed.TrySetResult();
            return;
        }

        lock (_gate)
        {
            target.Append(line).Append('\n');
            _combined.Append(line).Append('\n');
        }
    }
}
