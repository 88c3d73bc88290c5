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

    [Fact]
    public async Task Render_ConfigValuesAndLocalRegistryWithStdinPassword_TemplatesAndImagesUseThem()
    {
        using var release = new ReleaseBuilder()
            .Deployment("app", "quay.io/org/api:1")
            .File("config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata:\n  greeting: 'repl{{ ConfigOption \"greeting\" }}'\n  registry: '{{repl LocalRegistryAddress }}'\n");
        var configValues = Path.Combine(release.Root, "configvalues.yaml");
        await File.WriteAllTextAsync(configValues, "apiVersion: kots.io/v1beta1\nkind: ConfigValues\nspec:\n  values:\n    greeting: {value: hello}\n");

        var run = await WharfWithStdinAsync("s3cret\n", [
            "render", .. Flags(release), "--config-values", configValues,
            "--local-registry", "registry.local:5000/apps", "--local-registry-username", "bob", "--local-registry-password-stdin"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal("", run.StdErr);
        Assert.StartsWith($"rendered 2 objects to {release.OutputDirectory}: 1 images, 1 private, 1 rewrite entries,", run.StdOut, StringComparison.Ordinal);
        var rendered = await File.ReadAllTextAsync(Path.Combine(release.OutputDirectory, "rendered", "this-cluster", "manifests.yaml"));
        Assert.Contains("  greeting: hello\n", rendered, StringComparison.Ordinal);
        Assert.Contains("  registry: registry.local:5000/apps\n", rendered, StringComparison.Ordinal);
        Assert.Contains("image: registry.local:5000/apps/api:1\n", rendered, StringComparison.Ordinal);
        var auth = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("bob:s3cret"));
        var json = "{\"auths\":{\"registry.local:5000\":{\"auth\":\"" + auth + "\"}}}";
        Assert.Contains(".dockerconfigjson: " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)), rendered, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--config-values", "/nonexistent/cv.yaml", "error: config values file /nonexistent/cv.yaml does not exist\n")]
    [InlineData("--local-registry", "not a host", "error: local registry 'not a host' must be HOST[:PORT][/NAMESPACE]\n")]
    [InlineData("--local-registry-username", "bob", "error: a local registry user name or password needs --local-registry\n")]
    public async Task Render_BadTemplateContextFlag_ExitOneWithOneLine(string flag, string value, string expected)
    {
        using var release = new ReleaseBuilder().Deployment("app", "quay.io/org/api:1");

        var run = await WharfAsync(["render", .. Flags(release), flag, value]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(expected, run.StdErr);
        Assert.False(Directory.Exists(release.OutputDirectory));
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

    private static Task<ProcessResult> WharfAsync(string[] args) =>
        ProcessRunner.RunAsync(Dotnet, ["exec", Path.Combine(AppContext.BaseDirectory, "wharf.dll"), .. args], TimeSpan.FromSeconds(60));

    /// <summary>Runs wharf with <paramref name="stdin"/> piped in by sh (the runner closes stdin).</summary>
    private static Task<ProcessResult> WharfWithStdinAsync(string stdin, string[] args) =>
        ProcessRunner.RunAsync("/bin/sh", ["-c", "printf '%s' \"$WHARF_TEST_STDIN\" | \"$0\" \"$@\"", Dotnet, "exec", Path.Combine(AppContext.BaseDirectory, "wharf.dll"), .. args],
            TimeSpan.FromSeconds(60), new Dictionary<string, string?> { ["WHARF_TEST_STDIN"] = stdin });

    private static string Dotnet =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : RequiredTool.Find("dotnet", "dotnet-sdk-10.0");
}
