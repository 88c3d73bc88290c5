using Wharf.Installer.Tests.Support;
using Wharf.Testing;

namespace Wharf.Installer.Tests;

/// <summary>
/// The golden cases of issue #3 (testdata/render/CASE: case.yaml, license.yaml, release/ → expected/):
/// each rendered and compared file by file with its expected tree, and the output built by the real
/// <c>kubectl kustomize</c> compared object by object with Wharf's own <c>rendered/</c>.
/// </summary>
public class GoldenRenderTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.EnumerateDirectories(CasesRoot).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    private static string CasesRoot => Path.Combine(AppContext.BaseDirectory, "testdata", "render");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Render_GoldenCase_MatchesExpectedTreeAndKubectlKustomize(string name)
    {
        using var temp = TempDirectory.Create("wharf-golden-");
        var output = Path.Combine(temp.Path, "out");

        var result = await RenderCaseAsync(name, temp.Path, output);

        Assert.True(result.Succeeded, result.Error);
        var expected = Path.Combine(CasesRoot, name, "expected");
        if (GoldenTree.Updating)
        {
            GoldenTree.Replace(Path.Combine(GoldenTree.SourceTestData(), "render", name, "expected"), output);
        }
        else
        {
            GoldenTree.AssertSame(expected, output);
        }

        await AssertKubectlAgreesAsync(output);
    }

    [Fact]
    public void Cases_AtLeastTwelve_Exist() => Assert.True(Cases().Count >= 12);

    /// <summary>Renders a golden case into <paramref name="output"/> (shared with the idempotence test).</summary>
    internal static async Task<RenderResult> RenderCaseAsync(string name, string scratch, string output)
    {
        var caseDirectory = Path.Combine(CasesRoot, name);
        var spec = CaseFile.Load(Path.Combine(caseDirectory, "case.yaml"));
        var release = Path.Combine(caseDirectory, "release");
        var options = new RenderOptions
        {
            ReleaseDirectory = release,
            LicenseFile = LicenseFor(caseDirectory, spec),
            OutputDirectory = output,
            LicenseKeyFile = spec.Options.KeyFromRelease ? null : TestKeys.PublicKeyFile,
            Namespace = spec.Options.Namespace,
            ProxyDomain = spec.Options.ProxyDomain,
            RegistryDomain = spec.Options.RegistryDomain,
            PrivateImages = spec.Options.PrivateImages,
            ConfigValuesFile = spec.Options.ConfigValues is { } configValues ? Path.Combine(caseDirectory, configValues) : null,
            LocalRegistry = spec.Options.LocalRegistry,
            LocalRegistryUsername = spec.Options.LocalRegistryUsername,
            LocalRegistryPassword = spec.Options.LocalRegistryPassword,
            ToolSearchPath = spec.HelmOutput is null
                ? Path.Combine(scratch, "no-tools")
                : FakeHelm.Create(Path.Combine(scratch, "helm"), Path.Combine(caseDirectory, spec.HelmOutput)).Directory,
        };

        return await new ReleaseRenderer(new TableProbe(spec.PublicImages), new FixedTime(Now)).RenderAsync(options);
    }

    /// <summary>Real kubectl kustomize on the output gives the same objects, in the same order, as rendered/.</summary>
    internal static async Task AssertKubectlAgreesAsync(string output)
    {
        var kubectl = ManifestSet.Parse(await Kubectl.KustomizeAsync(Path.Combine(output, "overlays", "downstreams", "this-cluster")));
        var wharf = ManifestSet.Parse(await File.ReadAllTextAsync(Path.Combine(output, "rendered", "this-cluster", "manifests.yaml")));

        Assert.Equal(kubectl.Select(o => o.Key), wharf.Select(o => o.Key));
        foreach (var (k, w) in kubectl.Zip(wharf))
        {
            Assert.True(k.Json == w.Json, $"{k.Key} differs:\nkubectl: {k.Json}\nwharf:   {w.Json}");
        }
    }

    private static string LicenseFor(string caseDirectory, CaseFile spec)
    {
        var path = Path.Combine(caseDirectory, "license.yaml");
        if (!File.Exists(path))
        {
            Assert.True(GoldenTree.Updating, $"{path} is missing; run with WHARF_UPDATE_GOLDEN=1 to sign one from case.yaml");
            var source = Path.Combine(GoldenTree.SourceTestData(), "render", Path.GetFileName(caseDirectory), "license.yaml");
            TestKeys.WriteLicense(source, TestKeys.Spec(spec.License.AppSlug, spec.License.ProxyRegistryDomain, spec.License.RegistryDomain, spec.License.Endpoint));
            File.Copy(source, path);
        }

        return path;
    }
}
