namespace Wharf.Templating.Tests;

/// <summary>The data every table case renders against, shaped like parsed YAML values.</summary>
internal static class TestData
{
    public static Dictionary<string, object?> Root() => new(StringComparer.Ordinal)
    {
        ["Values"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = "wharf",
            ["replicas"] = 3L,
            ["count32"] = 3,
            ["ratio"] = 1.5,
            ["enabled"] = true,
            ["disabled"] = false,
            ["empty"] = "",
            ["nothing"] = null,
            ["list"] = new List<object?> { "a", "b", "c" },
            ["nums"] = new List<object?> { 1L, 2L, 3L },
            ["strings"] = new[] { "x", "y" },
            ["emptyList"] = new List<object?>(),
            ["map"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["b"] = 2L, ["a"] = 1L },
            ["labels"] = new Dictionary<string, string>(StringComparer.Ordinal) { ["tier"] = "web", ["app"] = "api" },
            ["image"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["repository"] = "quay.io/x/y", ["tag"] = "1.0" },
            ["dashed-key"] = "dk",
        },
        ["Record"] = new SampleRecord("rec", 7),
        ["Object"] = new SampleObject(),
    };
}
