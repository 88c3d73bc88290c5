using Wharf.Kots.Helm;
using Wharf.Kots.Yaml;

namespace Wharf.Kots.Tests;

/// <summary>
/// The merge rules of <c>optionalValues</c> (SPEC §3.5): <c>recursiveMerge: true</c> merges maps at every depth,
/// the overlay wins for non-maps, lists are replaced and a scalar never replaces a map; <c>false</c> replaces
/// top-level keys whole.
/// </summary>
public sealed class ValuesMergeTests
{
    [Theory]
    [InlineData("a: {b: 1, c: 2}", "a: {b: 9}", "a:\n  b: 9\n  c: 2\n")]
    [InlineData("a: {b: {c: {d: 1, e: 2}}}", "a: {b: {c: {d: 3}, f: 4}}", "a:\n  b:\n    c:\n      d: 3\n      e: 2\n    f: 4\n")]
    [InlineData("a: [1, 2, 3]", "a: [4]", "a:\n  - 4\n")]
    [InlineData("a: [{x: 1}, {y: 2}]", "a: [{z: 3}]", "a:\n  - z: 3\n")]
    [InlineData("a: {b: 1}", "a: scalar", "a:\n  b: 1\n")]
    [InlineData("a: {b: 1}", "a: null", "a:\n  b: 1\n")]
    [InlineData("a: {b: 1}", "a: [1]", "a:\n  - 1\n")]
    [InlineData("a: scalar", "a: {b: 1}", "a:\n  b: 1\n")]
    [InlineData("a: 1", "a: \"1\"", "a: \"1\"\n")]
    [InlineData("a: 1", "b: 2", "a: 1\nb: 2\n")]
    [InlineData("{}", "a: {b: 1}", "a:\n  b: 1\n")]
    public void Deep_Overlay_MergedByTheRules(string values, string overlay, string expected)
    {
        Assert.Equal(expected, YamlWriter.Write(ValuesMerge.Deep(Map(values), Map(overlay))));
    }

    [Theory]
    [InlineData("a: {b: 1, c: 2}\nd: 1", "a: {b: 9}", "a:\n  b: 9\nd: 1\n")]
    [InlineData("a: {b: 1}", "a: scalar", "a: scalar\n")]
    [InlineData("a: [1, 2]", "a: [3]", "a:\n  - 3\n")]
    [InlineData("a: 1", "b: 2", "a: 1\nb: 2\n")]
    public void TopLevel_Overlay_KeysReplacedWhole(string values, string overlay, string expected)
    {
        Assert.Equal(expected, YamlWriter.Write(ValuesMerge.TopLevel(Map(values), Map(overlay))));
    }

    [Fact]
    public void Apply_EntriesInOrder_FalseOnesSkipped()
    {
        var result = ValuesMerge.Apply(Map("a: 1"), [
            new OptionalValues(true, false, Map("a: 2")),
            new OptionalValues(false, false, Map("a: 3")),
            new OptionalValues(true, true, Map("b: 4")),
        ]);

        Assert.Equal("a: 2\nb: 4\n", YamlWriter.Write(result));
    }

    [Fact]
    public void Deep_InputsUnchanged()
    {
        var values = Map("a: {b: 1}");
        var overlay = Map("a: {c: 2}");

        ValuesMerge.Deep(values, overlay);

        Assert.Equal("a:\n  b: 1\n", YamlWriter.Write(values));
        Assert.Equal("a:\n  c: 2\n", YamlWriter.Write(overlay));
    }

    private static YMap Map(string yaml)
    {
        Assert.True(YamlReader.TryRead(yaml, "t.yaml", out var documents, out var error), error);
        return Assert.IsType<YMap>(Assert.Single(documents).Root);
    }
}
