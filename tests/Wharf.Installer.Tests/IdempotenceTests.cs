using Wharf.Installer.Tests.Support;
using Wharf.Testing;

namespace Wharf.Installer.Tests;

/// <summary>Rendering the same input twice gives byte-identical output (issue #3, done means 7).</summary>
public class IdempotenceTests
{
    [Theory]
    [InlineData("kustomize-quirks")]
    [InlineData("helm-chart-v1")]
    [InlineData("docker-hub-spellings")]
    public async Task RenderAsync_SameInputTwice_ByteIdenticalTrees(string name)
    {
        using var temp = TempDirectory.Create("wharf-idem-");
        var first = Path.Combine(temp.Path, "first");
        var second = Path.Combine(temp.Path, "second");

        Assert.True((await GoldenRenderTests.RenderCaseAsync(name, temp.Sub("a"), first)).Succeeded);
        Assert.True((await GoldenRenderTests.RenderCaseAsync(name, temp.Sub("b"), second)).Succeeded);

        GoldenTree.AssertSame(first, second);
    }

    [Fact]
    public async Task RenderAsync_IntoPreviousOutput_ReplacesItAndLeavesNoTemporaryDirectories()
    {
        using var temp = TempDirectory.Create("wharf-idem-");
        var output = Path.Combine(temp.Path, "out");
        Assert.True((await GoldenRenderTests.RenderCaseAsync("deployment-basic", temp.Sub("a"), output)).Succeeded);
        var before = GoldenTree.Files(output).ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(output, f)));
        File.WriteAllText(Path.Combine(output, "stale.txt"), "left from an older render");

        Assert.True((await GoldenRenderTests.RenderCaseAsync("deployment-basic", temp.Sub("b"), output)).Succeeded);

        Assert.Equal(before.Keys, GoldenTree.Files(output));
        Assert.All(before, kv => Assert.Equal(kv.Value, File.ReadAllBytes(Path.Combine(output, kv.Key))));
        Assert.Equal(["a", "b", "out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
