namespace Wharf.Templating.Tests;

/// <summary>
/// Sprig behaviour a Go golden value cannot pin: random output (length and alphabet only),
/// <c>sha512sum</c> (Sprig v3.3; checked against coreutils), functions Wharf refuses on purpose,
/// RE2 constructs .NET would accept, and limits on what a template may make the engine allocate.
/// </summary>
public sealed class SprigWharfOnlyTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { """{{ sha512sum "abc" }}""", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f" },
        { """{{ randAlpha 0 }}|{{ randAlphaNum -1 }}|{{ shuffle "" }}""", "||" },
        { """{{ shuffle "aaa" }} {{ shuffle "x" | len }}""", "aaa 1" },
        { """{{ env "HOME" }}""", "!t:1:4: function \"env\" is refused by Wharf: templates may not read environment variables" },
        { """{{ expandenv "$HOME" }}""", "!t:1:4: function \"expandenv\" is refused by Wharf" },
        { """{{ getHostByName "example.com" }}""", "!t:1:4: function \"getHostByName\" is refused by Wharf: templates may not make DNS lookups" },
        { """{{ genPrivateKey "rsa" }}""", "!t:1:4: function \"genPrivateKey\" is refused by Wharf: templates may not generate keys or certificates" },
        { """{{ $ca := genCA "x" 365 }}""", "!t:1:11: function \"genCA\" is refused by Wharf" },
        { """{{ genSelfSignedCert "x" nil nil 365 }}""", "!function \"genSelfSignedCert\" is refused by Wharf" },
        { """{{ genSignedCert "x" nil nil 365 .ca }}""", "!function \"genSignedCert\" is refused by Wharf" },

        // Go supports (?U) but .NET has no ungreedy switch; refusing beats matching differently.
        { """{{ mustRegexMatch "(?U)a+" "a" }}""", "!error calling mustRegexMatch: error parsing regexp: the ungreedy flag (?U) is not supported" },
        { """{{ regexMatch "(?>a)" "a" }}""", "false" },
        { """{{ mustRegexMatch "a++" "a" }}""", "!error calling mustRegexMatch: error parsing regexp:" },
        { """{{ mustRegexMatch "a\\Z" "a" }}""", "!error calling mustRegexMatch: error parsing regexp: invalid escape sequence: `\\Z`" },
        { """{{ mustRegexMatch "(?<name>a)" "a" }}""", "!error calling mustRegexMatch: error parsing regexp: invalid or unsupported Perl syntax: `(?<`" },

        // Bounded like output: a template cannot ask for a billion-element list or string.
        { "{{ until 1000000000 | len }}", "!error calling until: result of 1000000000 characters exceeds the limit" },
        { "{{ randAlphaNum 1000000000 }}", "!error calling randAlphaNum: result of 1000000000 characters exceeds the limit" },
        { """{{ seq 1 1 1000000000 }}""", "!error calling seq: result of 1000000000 characters exceeds the limit" },

        // Differs from Go: a cut through a multi-byte character leaves broken UTF-8 in Go, U+FFFD here.
        { """{{ trunc 2 "héllo" }}|{{ abbrev 5 "héllo wörld" }}""", "h\uFFFD|h\uFFFD..." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_WharfOnlyCase_Matches(string template, string expected) => CaseRunner.Check(template, expected);

    [Theory]
    [InlineData("randAlphaNum", "^[A-Za-z0-9]{64}$")]
    [InlineData("randAlpha", "^[A-Za-z]{64}$")]
    [InlineData("randNumeric", "^[0-9]{64}$")]
    [InlineData("randAscii", "^[\\x20-\\x7E]{64}$")]
    public void Render_RandomString_HasLengthAndAlphabet(string function, string pattern)
    {
        var first = TemplateEngine.Render($"{{{{ {function} 64 }}}}", new TemplateOptions { FileName = "t" });
        var second = TemplateEngine.Render($"{{{{ {function} 64 }}}}", new TemplateOptions { FileName = "t" });

        Assert.Matches(pattern, first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Render_Shuffle_KeepsCharacters()
    {
        var output = TemplateEngine.Render("""{{ shuffle "abcdefghijé" }}""", new TemplateOptions { FileName = "t" });

        Assert.Equal("abcdefghijé", string.Concat(output.Order()));
    }

    [Fact]
    public void Render_CatastrophicRegex_FailsWithTimeout()
    {
        var template = """{{ regexMatch "^(a|a?)+$" "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab" }}""";

        var ok = TemplateEngine.TryRender(template, new TemplateOptions { FileName = "t" }, out _, out var error);

        Assert.False(ok);
        Assert.Contains("error calling regexMatch: regular expression took longer than", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltinNames_RefusedFunctions_AreAbsent()
    {
        Assert.DoesNotContain("env", TemplateFunctions.BuiltinNames);
        Assert.DoesNotContain("genCA", TemplateFunctions.BuiltinNames);
        Assert.Contains("fromJson", TemplateFunctions.BuiltinNames);
    }
}
