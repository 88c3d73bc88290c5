namespace Wharf.Testing.Tests;

public sealed class ProcessRunnerTests
{
    [Fact]
    public async Task RunAsync_SuccessfulCommand_CapturesStdoutAndExitCode()
    {
        var result = await ProcessRunner.RunAsync("/bin/sh", ["-c", "printf out; printf err >&2; exit 3"]);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("out", result.StdOut);
        Assert.Equal("err", result.StdErr);
        Assert.False(result.Succeeded);
        Assert.False(result.TimedOut);
    }

    [Fact]
    public async Task RunAsync_ArgumentWithShellCharacters_PassedVerbatim()
    {
        var result = await ProcessRunner.RunCheckedAsync("/usr/bin/printf", ["%s|", "a b; echo injected", "$HOME"]);

        Assert.Equal("a b; echo injected|$HOME|", result.StdOut);
    }

    [Fact]
    public async Task RunAsync_Timeout_KillsAndReportsTimedOut()
    {
        var result = await ProcessRunner.RunAsync("/bin/sleep", ["30"], TimeSpan.FromMilliseconds(200));

        Assert.True(result.TimedOut);
        Assert.Equal(-1, result.ExitCode);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task EnsureSuccess_FailedCommand_ThrowsWithStderr()
    {
        var result = await ProcessRunner.RunAsync("/bin/sh", ["-c", "echo boom-detail >&2; exit 1"]);

        var error = Assert.Throws<InvalidOperationException>(() => result.EnsureSuccess());
        Assert.Contains("boom-detail", error.Message, StringComparison.Ordinal);
        Assert.Contains("exited with code 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Environment_SetsVariable()
    {
        var environment = new Dictionary<string, string?> { ["WHARF_TEST_VALUE"] = "42" };

        var result = await ProcessRunner.RunCheckedAsync("/bin/sh", ["-c", "printf %s \"$WHARF_TEST_VALUE\""], environment: environment);

        Assert.Equal("42", result.StdOut);
    }
}
