using Wharf.Upstream.Transport;

namespace Wharf.Server.Tests.Unit;

public sealed class AuthChallengeTests
{
    [Fact]
    public void ParseParameters_QuotedWithCommasAndEscapes_KeepsValues()
    {
        var p = AuthChallenge.ParseParameters("realm=\"https://auth.example.com/token\",service=\"registry.example.com\",scope=\"repository:a/b:pull,push\",error=\"a \\\"quoted\\\" word\"");

        Assert.Equal("https://auth.example.com/token", p["realm"]);
        Assert.Equal("registry.example.com", p["service"]);
        Assert.Equal("repository:a/b:pull,push", p["scope"]);
        Assert.Equal("a \"quoted\" word", p["error"]);
    }

    [Fact]
    public void ParseParameters_Unquoted_Works()
    {
        var p = AuthChallenge.ParseParameters("realm=basic-realm, charset=UTF-8");

        Assert.Equal("basic-realm", p["realm"]);
        Assert.Equal("UTF-8", p["charset"]);
    }
}
