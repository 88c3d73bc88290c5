using System.Diagnostics;
using System.Text;
using Wharf.Installer.Tests.Support;

namespace Wharf.Installer.Tests;

/// <summary>
/// Bad input gets a clear one-line error and loses nothing (SPEC §4, issue #3 done means 6): no output
/// tree is created, a previous one is left as it was, and no temporary directory is left behind.
/// </summary>
public class BadInputTests
{
    [Fact]
    public async Task RenderAsync_MalformedYaml_ErrorNamesFileAndLine()
    {
        using var release = new ReleaseBuilder().File("manifests/bad.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: [1, 2\n  b: c\n");

        var error = await FailAsync(release);

        Assert.Matches(@"^manifests/bad\.yaml:[67]:\d+: \S.*$", error);
    }

    [Fact]
    public async Task RenderAsync_DuplicateKey_ErrorNamesFileAndLine()
    {
        using var release = new ReleaseBuilder().File("cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  name: y\n");

        Assert.Equal("cm.yaml:5:3: duplicate key 'name'", await FailAsync(release));
    }

    [Fact]
    public async Task RenderAsync_AliasBomb_RefusedFastWithBoundedMemory()
    {
        var bomb = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: lol}\ndata:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'i'; c++)
        {
            var previous = (char)(c - 1);
            bomb.Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(",", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        using var release = new ReleaseBuilder().File("bomb.yaml", bomb.ToString());
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();

        var error = await FailAsync(release);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - allocated < 200L * 1024 * 1024, "allocated more than 200 MiB");
        Assert.Matches(@"^bomb\.yaml:\d+:\d+: YAML aliases expand to more than 100000 nodes \(an alias bomb\?\)$", error);
    }

    [Fact]
    public async Task RenderAsync_DeepNesting_RefusedFast()
    {
        using var release = new ReleaseBuilder().File("deep.yaml", "a: " + new string('[', 200_000) + new string(']', 200_000) + "\n");
        var clock = Stopwatch.StartNew();

        var error = await FailAsync(release);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Matches(@"^deep\.yaml:1:\d+: YAML nests deeper than 200 levels$", error);
    }

    [Fact]
    public async Task RenderAsync_LicenseWithBadSignature_Refused()
    {
        using var release = new ReleaseBuilder().Deployment("app", "quay.io/org/api:1");
        release.License = TestKeys.WriteLicense(Path.Combine(release.Root, "forged.yaml"), TestKeys.Spec(), TestKeys.Other);

        Assert.Equal($"license {release.License}: license signature does not match the vendor's public key", await FailAsync(release));
    }

    [Fact]
    public async Task RenderAsync_ExpiredLicense_Refused()
    {
        using var release = new ReleaseBuilder().Deployment("app", "quay.io/org/api:1");
        release.License = TestKeys.WriteLicense(Path.Combine(release.Root, "expired.yaml"), TestKeys.Spec(expires: new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal($"license {release.License}: license expired on 2020-01-01T00:00:00Z", await FailAsync(release));
    }

    [Fact]
    public async Task RenderAsync_LicenseForAnotherApp_Refused()
    {
        using var release = new ReleaseBuilder().Deployment("app", "quay.io/org/api:1")
            .File("application.yaml", "apiVersion: kots.io/v1beta1\nkind: Application\nmetadata: {name: other-app}\n");

        Assert.Equal($"license {release.License}: license is for app my-app, not other-app", await FailAsync(release));
    }

    [Fact]
    public async Task RenderAsync_NoKeyAnywhere_RefusesToUseTheLicense()
    {
        using var release = new ReleaseBuilder().Deployment("app", "quay.io/org/api:1");

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options() with { LicenseKeyFile = null });

        Assert.Equal("no license key: pass --license-key FILE or ship license-key.pem at the release root (an unverified license is never used)", result.Error);
    }

    [Fact]
    public async Task RenderAsync_OutputUnderAFile_OneLineErrorAndNothingWritten()
    {
        using var release = new ReleaseBuilder().Deployment("app", "quay.io/org/api:1");
        var blocker = Path.Combine(release.Root, "blocker");
        File.WriteAllText(blocker, "a file, not a directory");

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options(Path.Combine(blocker, "out")));

        Assert.False(result.Succeeded);
        Assert.StartsWith($"cannot write output to {Path.Combine(blocker, "out")}: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error);
        Assert.Equal(["blocker", "license.yaml", "release"], Directory.EnumerateFileSystemEntries(release.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RenderAsync_OutputIsUnrelatedDirectory_Refused()
    {
        using var release = new ReleaseBuilder().Deployment("app", "quay.io/org/api:1");
        Directory.CreateDirectory(release.OutputDirectory);
        File.WriteAllText(Path.Combine(release.OutputDirectory, "precious.txt"), "mine");

        var error = await FailAsync(release, outputMayExist: true);

        Assert.Equal($"refusing to replace {release.OutputDirectory}: it is not empty and not the output of an earlier render", error);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(release.OutputDirectory, "precious.txt")));
    }

    [Fact]
    public async Task RenderAsync_FailureAfterGoodRender_PreviousOutputUntouched()
    {
        using var release = new ReleaseBuilder().Deployment("app", "quay.io/org/api:1");
        Assert.True((await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options())).Succeeded);
        var before = GoldenTree.Files(release.OutputDirectory).ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(release.OutputDirectory, f)));
        release.File("broken.yaml", "kind: [\n");

        await FailAsync(release, outputMayExist: true);

        Assert.Equal(before.Keys, GoldenTree.Files(release.OutputDirectory));
        Assert.All(before, kv => Assert.Equal(kv.Value, File.ReadAllBytes(Path.Combine(release.OutputDirectory, kv.Key))));
    }

    [Theory]
    [InlineData("quay.io/Org/API:1", "app.yaml:10: Deployment/app: invalid image 'quay.io/Org/API:1': repository name must be lower case")]
    [InlineData("quay.io/org/api:", "app.yaml:10: Deployment/app: invalid image 'quay.io/org/api:': tag is empty")]
    [InlineData("[::1]:5000/org/api:1", "image [::1]:5000/org/api:1 cannot be proxied: an IPv6 registry address cannot be written in a repository name")]
    public async Task RenderAsync_BadImage_ClearError(string image, string expected)
    {
        using var release = new ReleaseBuilder().Deployment("app", image);

        Assert.Equal(expected, await FailAsync(release));
    }

    [Theory]
    [InlineData("a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: .inf}\n", "a.yaml:4:11: '.inf' is not a finite number (kustomize cannot render it)")]
    [InlineData("a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {namespace: y}\n", "a.yaml:1: ConfigMap has no metadata.name")]
    [InlineData("a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n", "a.yaml:4: ConfigMap/x is already defined at a.yaml:1")]
    [InlineData("a.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: {repository: x}\n", "a.yaml:7: Pod/p: image must be a string, not a mapping")]
    [InlineData("a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: !!binary aGVsbG8=\n", "a.yaml:4:7: YAML tag tag:yaml.org,2002:binary is not supported")]
    [InlineData("a.yaml", "base: &b {a: 1}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  <<: *b\n  name: x\n", "a.yaml:5:3: YAML merge keys (<<) are not supported")]
    public async Task RenderAsync_BadManifest_OneLineErrorWithPlace(string file, string text, string expected)
    {
        using var release = new ReleaseBuilder().File(file, text);

        Assert.Equal(expected, await FailAsync(release));
    }

    [Fact]
    public async Task RenderAsync_OutputInsideRelease_Refused()
    {
        using var release = new ReleaseBuilder().Deployment("app", "quay.io/org/api:1");

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options(Path.Combine(release.ReleaseDirectory, "out")));

        Assert.Equal("--out and --release must not contain one another (the output replaces its directory)", result.Error);
    }

    [Fact]
    public async Task RenderAsync_NoProxyDomainAnywhere_Refused()
    {
        using var release = new ReleaseBuilder().Deployment("app", "quay.io/org/api:1");
        release.License = TestKeys.WriteLicense(Path.Combine(release.Root, "bare.yaml"), TestKeys.Spec(proxy: null));

        Assert.Equal("no proxy domain: pass --proxy-domain (the license names none and has no endpoint)", await FailAsync(release));
    }

    [Fact]
    public async Task RenderAsync_SymlinkAndNonKubernetesYaml_SkippedWithWarnings()
    {
        using var release = new ReleaseBuilder().Deployment("app", "quay.io/org/api:1").File("notes.yaml", "just: some settings\n");
        File.CreateSymbolicLink(Path.Combine(release.ReleaseDirectory, "passwd.yaml"), "/etc/passwd");

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options());

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["notes.yaml:1: skipped, not a Kubernetes object (no apiVersion and kind)", "passwd.yaml: skipped, symbolic links are not followed"], result.Warnings.Order(StringComparer.Ordinal));
        Assert.False(File.Exists(Path.Combine(release.OutputDirectory, "upstream", "passwd.yaml")));
    }

    /// <summary>Renders, expects failure, checks the error is one line and nothing new was left next to the output.</summary>
    private static async Task<string> FailAsync(ReleaseBuilder release, bool outputMayExist = false)
    {
        var before = Directory.EnumerateFileSystemEntries(release.Root).Order(StringComparer.Ordinal).ToList();

        var result = await new ReleaseRenderer(new TableProbe([])).RenderAsync(release.Options());

        Assert.False(result.Succeeded, "the render should have failed");
        Assert.DoesNotContain('\n', result.Error);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(release.Root).Order(StringComparer.Ordinal));
        Assert.True(outputMayExist || !Directory.Exists(release.OutputDirectory));
        return result.Error;
    }
}
