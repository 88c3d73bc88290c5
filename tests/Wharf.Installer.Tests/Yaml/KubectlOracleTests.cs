using System.Text;
using Wharf.Installer.Tests.Support;
using Wharf.Installer.Yaml;
using Wharf.Testing;

namespace Wharf.Installer.Tests.Yaml;

/// <summary>
/// Real <c>kubectl kustomize</c> as the oracle for how every scalar spelling comes out (SPEC §3.1: Wharf's
/// rendering equals kustomize's): one object holding all the spellings is built by kubectl and written by
/// Wharf, and the two must agree.
/// </summary>
public class KubectlOracleTests
{
    [Fact]
    public async Task PlainScalars_AllSpellings_WrittenByteForByteAsKubectl()
    {
        // "-" alone is a sequence entry to go-yaml (YamlDotNet reads it as a string): not a spelling to compare.
        var spellings = ((IEnumerable<object[]>)ScalarResolverTests.Rows).Select(row => (string)row[0]).Where(s => s != "-").ToList();
        var yaml = new StringBuilder("apiVersion: example.com/v1\nkind: Spellings\nmetadata:\n  name: plain\nspec:\n");
        for (var i = 0; i < spellings.Count; i++)
        {
            yaml.Append("  v").Append(i).Append(": ").Append(spellings[i]).Append('\n');
        }

        var (kubectl, wharf) = await BothAsync(yaml.ToString());

        Assert.Equal(kubectl, wharf);
    }

    [Fact]
    public async Task QuotedStrings_AllSpellings_SameObjectAsKubectl()
    {
        var strings = ((IEnumerable<object[]>)YamlWriterTests.Strings).Select(row => (string)row[0]).ToList();
        var yaml = new StringBuilder("apiVersion: example.com/v1\nkind: Spellings\nmetadata:\n  name: quoted\nspec:\n");
        for (var i = 0; i < strings.Count; i++)
        {
            yaml.Append("  s").Append(i).Append(": ");
            StringStyles.WriteQuoted(yaml, strings[i], StringStyle.DoubleQuoted);
            yaml.Append('\n');
        }

        var (kubectl, wharf) = await BothAsync(yaml.ToString());

        Assert.Equal(ManifestSet.Parse(kubectl), ManifestSet.Parse(wharf));
    }

    private static async Task<(string Kubectl, string Wharf)> BothAsync(string yaml)
    {
        using var temp = TempDirectory.Create("wharf-oracle-");
        await File.WriteAllTextAsync(Path.Combine(temp.Path, "object.yaml"), yaml);
        await File.WriteAllTextAsync(Path.Combine(temp.Path, "kustomization.yaml"), "resources:\n- object.yaml\n");
        var kubectl = await Kubectl.KustomizeAsync(temp.Path);
        var read = ManifestYamlReader.Read(yaml, "object.yaml");
        Assert.True(read.IsOk, read.Error);
        return (kubectl, YamlWriter.Write(read.Documents[0].Root!, sortKeys: true));
    }
}
