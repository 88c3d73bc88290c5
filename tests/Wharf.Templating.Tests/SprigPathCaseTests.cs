namespace Wharf.Templating.Tests;

/// <summary>
/// Sprig's path functions and small helpers (<c>base dir ext clean isAbs splitn tuple all any randInt</c>). Every
/// expected value was produced by Go's text/template with Masterminds/sprig v3.2.3.
/// </summary>
public sealed class SprigPathCaseTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "{{ base \"a/b/c.txt\" }}|{{ base \"\" }}|{{ base \"/\" }}|{{ base \"a/b/\" }}|{{ base \"//a//\" }}", "c.txt|.|/|b|a" },
        { "{{ dir \"a/b/c\" }}|{{ dir \"\" }}|{{ dir \"/a\" }}|{{ dir \"a\" }}|{{ dir \"a/b/\" }}|{{ dir \"/\" }}", "a/b|.|/|.|a/b|/" },
        { "{{ ext \"a.tar.gz\" }}|{{ ext \"a\" }}|{{ ext \"a/b.c/d\" }}|{{ ext \".bashrc\" }}|{{ ext \"x.\" }}", ".gz|||.bashrc|." },
        { "{{ clean \"a//b/./c/../d/\" }}|{{ clean \"\" }}|{{ clean \"/../a\" }}|{{ clean \"../../a/..\" }}|{{ clean \"/\" }}|{{ clean \"a/b/../../..\" }}", "a/b/d|.|/a|../..|/|.." },
        { "{{ isAbs \"/a\" }}|{{ isAbs \"a\" }}|{{ isAbs \"\" }}", "true|false|false" },
        { "{{ splitn \",\" 2 \"a,b,c\" }}|{{ splitn \",\" 0 \"a,b\" }}|{{ splitn \",\" -1 \"a,b,c\" }}|{{ (splitn \"$\" 2 \"foo$bar$baz\")._1 }}", "map[_0:a _1:b,c]|map[]|map[_0:a _1:b _2:c]|bar$baz" },
        { "{{ tuple 1 \"a\" true }}|{{ all 1 \"a\" true }}|{{ all 1 \"\" }}|{{ any 0 \"\" nil }}|{{ any 0 \"x\" }}|{{ all }}|{{ any }}", "[1 a true]|true|false|false|true|true|false" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_SprigPathCase_MatchesSprig(string template, string expected) => CaseRunner.Check(template, expected);

    [Fact]
    public void RandInt_InHalfOpenRange()
    {
        for (var i = 0; i < 50; i++)
        {
            Assert.True(TemplateEngine.TryRender("{{ randInt 3 6 }}", new TemplateOptions(), out var output, out _));
            Assert.Contains(output, (string[])["3", "4", "5"]);
        }
    }
}
