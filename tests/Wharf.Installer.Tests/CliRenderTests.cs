using Wharf.Installer.Tests.Support;
using Wharf.Testing;

namespace Wharf.Installer.Tests;

/// <summary>
/// <c>wharf render</c> as a user runs it (SPEC §5): the real executable in a child process; exit code 0 on
/// success, 1 with one line on stderr for a user error, 2 for bad usage; nothing on stderr when all is well
/// (the probe progress only goes to a terminal).
/// </summary>
public class CliRenderTests
{
    [Fact]
    public async Task Render_GoodRelease_ExitZeroAndSummary()
    {
        using var release = new ReleaseBuilder().Deployment("app", "quay.io/org/api:1");

        var run = await WharfAsync(["render", .. Flags(release), "--namespace", "acme", "--private-image", "quay.io/org/api"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal("", run.StdErr);
        Assert.Equal($"rendered 1 objects to {release.OutputDirectory}: 1 images, 1 private, 1 rewrite entries, 1 objects given the pull secret\n", run.StdOut);
        Assert.True(File.Exists(Path.Combine(release.OutputDirectory, "rendered", "this-cluster", "manifests.yaml")));
    }

    [Fact]
    public async Task Render_BadSignature_ExitOneWithOneLine()
    {
        using var release = new ReleaseBuilder().Deployment("app", "quay.io/org/api:1");
        release.License = TestKeys.WriteLicense(Path.Combine(release.Root, "forged.yaml"), TestKeys.Spec(), TestKeys.Other);

        var run = await WharfAsync(["render", .. Flags(release)]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: license {release.License}: license signature does not match the vendor's public key\n", run.StdErr);
        Assert.False(Directory.Exists(release.OutputDirectory));
    }

    [Fact]
    public async Task Render_MalformedYaml_ExitOneNamingFileAndLine()
    {
        using var release = new ReleaseBuilder().File("bad.yaml", "a: [\n");

        var run = await WharfAsync(["render", .. Flags(release)]);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"^error: bad\.yaml:\d+:\d+: [^\n]+\n$", run.StdErr);
        Assert.False(Directory.Exists(release.OutputDirectory));
    }

    [Fact]
    public async Task Render_UnwritableOutput_ExitOneWithOneLineAndNothingWritten()
    {
        using var release = new ReleaseBuilder().Deployment("app", "quay.io/org/api:1");
        var blocker = Path.Combine(release.Root, "blocker");
        File.WriteAllText(blocker, "a file");
        var output = Path.Combine(blocker, "out");

        var run = await WharfAsync(["render", "--release", release.ReleaseDirectory, "--license", release.License, "--out", output,
            "--license-key", TestKeys.PublicKeyFile, "--private-image", "quay.io/org/api"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches($"^error: cannot write output to {System.Text.RegularExpressions.Regex.Escape(output)}: [^\n]+\n$", run.StdErr);
        Assert.Equal(["blocker", "license.yaml", "release"], Directory.EnumerateFileSystemEntries(release.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Render_MissingRequiredFlag_ExitTwo()
    {
        var run = await WharfAsync(["render", "--release", "x", "--license", "y"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--config-values")]
    [InlineData("--local-registry")]
    public async Task Render_FlagOfIssue4_ExitOneNotSupportedYet(string flag)
    {
        using var release = new ReleaseBuilder().Deployment("app", "quay.io/org/api:1");

        var run = await WharfAsync(["render", .. Flags(release), flag, "x"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {flag} is not supported yet (issue #4)\n", run.StdErr);
    }

    [Fact]
    public async Task Render_Help_ListsTheSpecFlags()
    {
        var run = await WharfAsync(["render", "--help"]);

        Assert.Equal(0, run.ExitCode);
        foreach (var flag in (string[])["--release", "--license", "--out", "--license-key", "--namespace", "--proxy-domain", "--registry-domain", "--private-image", "--probe-concurrency", "--probe-timeout"])
        {
            Assert.Contains(flag, run.StdOut, StringComparison.Ordinal);
        }
    }

    private static string[] Flags(ReleaseBuilder release) =>
        ["--release", release.ReleaseDirectory, "--license", release.License, "--out", release.OutputDirectory, "--license-key", TestKeys.PublicKeyFile];

    private static Task<ProcessResult> WharfAsync(string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : RequiredTool.Find("dotnet", "dotnet-sdk-10.0");
        return ProcessRunner.RunAsync(dotnet, ["exec", Path.Combine(AppContext.BaseDirectory, "wharf.dll"), .. args], TimeSpan.FromSeconds(60));
    }
}
