using System.Diagnostics;
using System.Text;
using Wharf.Kots.Tests.Support;

namespace Wharf.Kots.Tests;

/// <summary>
/// <c>wharf template</c> as users and CI run it (SPEC §5): the rendered text on stdout, nothing else; a bad
/// template, license or flag is one line on stderr with exit 1 (2 for bad usage) and nothing on stdout.
/// </summary>
public sealed class CliTemplateTests : IDisposable
{
    private readonly TestLicenses licenses = new();

    public void Dispose() => licenses.Dispose();

    [Fact]
    public async Task Template_Text_PrintsRenderedTextOnly()
    {
        var run = await WharfExe.RunAsync([.. Flags(), "image: repl{{ LocalImageName \"quay.io/x/y:1\" }}\nsecret: {{repl ImagePullSecretName }}\n"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal("image: proxy.example.com/proxy/my-app/quay.io/x/y:1\nsecret: my-app-registry\n", run.StdOut);
        Assert.Equal("", run.StdErr);
    }

    [Fact]
    public async Task Template_FileWithConfigValuesAndContextFlags_Rendered()
    {
        var config = licenses.Write("config.yaml", """
            apiVersion: kots.io/v1beta1
            kind: ConfigValues
            spec:
              values:
                postgres_type:
                  value: external_postgres
                replicas:
                  default: "2"
                  value: 5
            """);
        var template = licenses.Write("t.yaml", "{{repl ConfigOption \"replicas\" }} {{repl ConfigOptionEquals \"postgres_type\" \"external_postgres\" }} {{repl Namespace }} {{repl LicenseFieldValue \"customerName\" }} repl{{ LocalImageName \"nginx:1\" }}");

        var run = await WharfExe.RunAsync([.. Flags(), "--config-values", config, "--namespace", "acme", "--proxy-domain", "images.acme.com", "--private-image", "quay.io/x/y", "-f", template]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal("5 true acme Acme Corp nginx:1", run.StdOut);
    }

    [Theory]
    [InlineData("{{repl Nope }}", "error: <text>:1:8: function \"Nope\" not defined\n")]
    [InlineData("a\nb: repl{{ LocalImageName }}", "error: <text>:2:11: wrong number of args for LocalImageName: want 1 got 0\n")]
    [InlineData("ok\n  {{repl ImagePullSecretName", "error: <text>:2:3: unclosed action\n")]
    [InlineData("{{repl ReplicatedImageName \"Bad Image\" }}", "error: <text>:1:8: error calling ReplicatedImageName: invalid image reference \"Bad Image\": ")]
    public async Task Template_BadTemplate_OneLineErrorNothingOnStdout(string template, string expectedStart)
    {
        var run = await WharfExe.RunAsync([.. Flags(), template]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.StdOut);
        Assert.StartsWith(expectedStart, run.StdErr, StringComparison.Ordinal);
        Assert.Single(run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Template_BadTemplateFile_ErrorNamesTheFile()
    {
        var file = licenses.Write("values.yaml", "a: 1\nb: '{{repl ternary \"x\" \"y\" }}'\n");

        var run = await WharfExe.RunAsync([.. Flags(), "-f", file]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {file}:2:12: wrong number of args for ternary: want 3 got 2\n", run.StdErr);
    }

    [Fact]
    public async Task Template_NoLicenseKey_Refused()
    {
        var run = await WharfExe.RunAsync("template", "--license", licenses.LicenseFile, "x");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: no license key: pass --license-key FILE (an unverified license is never used)\n", run.StdErr);
    }

    [Fact]
    public async Task Template_ForgedLicense_Refused()
    {
        var forged = licenses.WriteForged();

        var run = await WharfExe.RunAsync("template", "--license", forged, "--license-key", licenses.KeyFile, "x");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: license {forged}: license signature does not match the vendor's public key\n", run.StdErr);
    }

    [Fact]
    public async Task Template_ExpiredLicense_Refused()
    {
        using var expired = new TestLicenses(TestLicenses.Spec(expires: new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        var run = await WharfExe.RunAsync("template", "--license", expired.LicenseFile, "--license-key", expired.KeyFile, "x");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: license {expired.LicenseFile}: license expired on 2020-01-01", run.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task Template_TextAndFileTogetherOrNeither_BadUsage(bool text, bool file)
    {
        string[] args = [.. Flags(), .. file ? new[] { "-f", licenses.LicenseFile } : [], .. text ? new[] { "x" } : []];

        var run = await WharfExe.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give the template as TEXT or with -f FILE (exactly one)", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_ProxyDomainFromLicenseEndpoint_UsedWhenNoneNamed()
    {
        using var license = new TestLicenses(TestLicenses.Spec(proxy: null, endpoint: "https://wharf.example.com:8443/"));

        var run = await WharfExe.RunAsync("template", "--license", license.LicenseFile, "--license-key", license.KeyFile, "repl{{ LocalImageName \"quay.io/a/b:1\" }}");

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal("wharf.example.com:8443/proxy/my-app/quay.io/a/b:1", run.StdOut);
    }

    [Fact]
    public async Task Template_LocalRegistryPasswordFromStdin_InPullSecret()
    {
        var (exitCode, stdout, stderr) = await RunWithStdinAsync(
            "s3cret\n",
            [.. Flags(), "--local-registry", "registry.local:5000/apps", "--local-registry-username", "admin", "--local-registry-password-stdin",
                "{{repl LocalRegistryImagePullSecret | b64dec }} {{repl LocalImageName \"quay.io/org/api:1\" }}"]);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal("{\"auths\":{\"registry.local:5000\":{\"auth\":\"YWRtaW46czNjcmV0\"}}} registry.local:5000/apps/api:1", stdout);
    }

    [Fact]
    public async Task Template_FromStdin_RenderedAndErrorsNameStdin()
    {
        var ok = await RunWithStdinAsync("{{repl ImagePullSecretName }}", [.. Flags(), "-f", "-"]);
        var bad = await RunWithStdinAsync("\n{{repl Nope }}", [.. Flags(), "-f", "-"]);

        Assert.Equal((0, "my-app-registry", ""), ok);
        Assert.Equal((1, "", "error: <stdin>:2:8: function \"Nope\" not defined\n"), bad);
    }

    [Theory]
    [InlineData("--local-registry", "Not A Host", "error: local registry 'Not A Host' must be HOST[:PORT][/NAMESPACE]\n")]
    [InlineData("--proxy-domain", "bad host!", "error: proxy domain 'bad host!' is not a registry host (HOST or HOST:PORT)\n")]
    [InlineData("--private-image", "bad image", "error: --private-image 'bad image': ")]
    [InlineData("--local-registry-username", "u", "error: --local-registry-username and the password need --local-registry\n")]
    public async Task Template_BadContextFlag_OneLineError(string flag, string value, string expectedStart)
    {
        var run = await WharfExe.RunAsync([.. Flags(), flag, value, "x"]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(expectedStart, run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_Help_ListsTheContextFlags()
    {
        var run = await WharfExe.RunAsync("template", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var flag in (string[])["--license", "--license-key", "--namespace", "--proxy-domain", "--registry-domain", "--config-values", "--local-registry", "--private-image", "-f"])
        {
            Assert.Contains(flag, run.StdOut, StringComparison.Ordinal);
        }
    }

    private string[] Flags() => ["template", "--license", licenses.LicenseFile, "--license-key", licenses.KeyFile];

    private static async Task<(int ExitCode, string StdOut, string StdErr)> RunWithStdinAsync(string stdin, string[] args)
    {
        var start = new ProcessStartInfo(WharfExe.Dotnet)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["exec", WharfExe.Dll, .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
