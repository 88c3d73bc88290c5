namespace Wharf.Yaml.Tests;

/// <summary>
/// The shared reader's own rules, through <see cref="TestReader"/>. Licenses and manifests test their
/// wording and limits in their projects; these pin the options only one of them uses.
/// </summary>
public class HardenedYamlReaderTests
{
    [Theory]
    [InlineData("a: [b, {c: d}]\n", "{a: [b, {c: d}]}")]
    [InlineData("[[x]]", "[[x]]")]
    [InlineData("a: 1\n---\nb: 2\n", "{a: 1} --- {b: 2}")]
    [InlineData("a: &x [1]\nb: *x\n", "{a: [1], b: [1]}")]
    [InlineData("[[[[x]]]]", "1:4: too deep")]
    [InlineData("a: 1\na: 2\n", "duplicate a")]
    [InlineData("? [a]\n: 1\n", "1:3: key not scalar")]
    [InlineData("a: *nope\n", "1:4: alias *nope refers to no complete anchor")]
    [InlineData("a: [1\n", "2:1: syntax")]
    public void Read_Text_TreeOrLocatedError(string text, string expected)
    {
        Assert.Equal(expected, TestReader.Read(text, maxDepth: 3));
    }

    [Fact]
    public void Read_LoneSurrogate_Refused()
    {
        Assert.Equal("1:4: not unicode", TestReader.Read("a: x\uD800\n"));
    }

    [Fact]
    public void Read_AliasesPastTheBudget_Refused()
    {
        // Each *a copies 3 nodes ([, x, y]); the third copy passes a budget of 8.
        Assert.Equal("2:13: YAML aliases expand to more than 8 nodes (an alias bomb?)", TestReader.Read("a: &a [x, y]\nb: [*a, *a, *a]\n", maxAliasNodes: 8));
    }

    [Theory]
    [InlineData(false, "2:2: mapping ends after a key without a value")]
    [InlineData(true, "{a: {}}")]
    public void Read_MappingEndingAfterAKey_RefusedOrDropped(bool drop, string expected)
    {
        // YamlDotNet 18 parses " : b" under "a:" as a mapping holding an empty key and no value; "b" is lost.
        Assert.Equal(expected, TestReader.Read("a:\n : b\n", dropKeyWithoutValue: drop));
    }
}
