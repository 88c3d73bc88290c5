using Wharf.Server.Auth;

namespace Wharf.Server.Tests.Unit;

public sealed class ScopeParserTests
{
    [Theory]
    [InlineData("repository:proxy/app/quay.io/org/api:pull", "repository", "proxy/app/quay.io/org/api", "pull")]
    [InlineData("repository:proxy/app/127.0.0.1:5001/org/api:pull", "repository", "proxy/app/127.0.0.1:5001/org/api", "pull")]
    [InlineData("repository:proxy/app/nginx:pull,push", "repository", "proxy/app/nginx", "pull,push")]
    [InlineData("registry:catalog:*", "registry", "catalog", "*")]
    public void Parse_OneScope_SplitsOnFirstAndLastColon(string scope, string type, string name, string actions)
    {
        var parsed = ScopeParser.Parse([scope]).Single();

        Assert.Equal((type, name, actions), (parsed.Type, parsed.Name, string.Join(',', parsed.Actions)));
    }

    [Fact]
    public void Parse_SpaceSeparatedAndRepeated_YieldsEvery()
    {
        var parsed = ScopeParser.Parse(["repository:a/b:pull repository:c/d:pull", "repository:e:pull"]).Select(s => s.Name);

        Assert.Equal(["a/b", "c/d", "e"], parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("repository")]
    [InlineData("repository:")]
    [InlineData(":name:pull")]
    [InlineData("repository::pull")]
    public void Parse_Malformed_YieldsNothing(string scope) => Assert.Empty(ScopeParser.Parse([scope]));
}
