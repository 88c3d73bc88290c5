using System.Text.Json.Nodes;
using Wharf.Proxy.Pull;

namespace Wharf.Server.Tests.Unit;

public sealed class TagPagerTests
{
    [Theory]
    [InlineData(null, null, "a,b,c,d", null)]
    [InlineData(2, null, "a,b", "?n=2&last=b")]
    [InlineData(2, "b", "c,d", null)]
    [InlineData(10, "a", "b,c,d", null)]
    [InlineData(0, null, "", null)]
    [InlineData(1, "d", "", null)]
    public void Apply_SortsFiltersAndLinks(int? n, string? last, string expected, string? next)
    {
        var json = new JsonObject { ["name"] = "x", ["tags"] = new JsonArray("d", "b", "a", "c") };

        var query = TagPager.Apply(json, n, last);

        Assert.Equal(expected, string.Join(',', json["tags"]!.AsArray().Select(t => t!.GetValue<string>())));
        Assert.Equal(next, query);
    }
}
