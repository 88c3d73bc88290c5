namespace Wharf.Templating.Tests;

/// <summary>
/// Sprig's regex functions with Go RE2 semantics and errors. Every expected value was produced by Go's text/template with
/// Masterminds/sprig v3.2.3 (errors: the text after Go's location prefix).
/// </summary>
public sealed class SprigRegexCaseTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "{{ regexMatch \"^[a-z]+\\\\d$\" \"abc1\" }} {{ regexMatch \"^[a-z]+$\" \"abc\\n\" }} {{ regexMatch \"(\" \"x\" }} {{ regexMatch \"\\\\s\" \"\\u00a0\" }} {{ regexMatch \"\\\\d\" \"٣\" }}", "true false false false false" },
        { "{{ mustRegexMatch \"(\" \"x\" }}", "!error calling mustRegexMatch: error parsing regexp: missing closing ): `(`" },
        { "{{ regexFind \"[a-z]+\" \"123abc456def\" }}|{{ regexFind \"x\" \"abc\" }}|{{ mustRegexFind \"b+\" \"abbbc\" }}", "abc||bbb" },
        { "{{ regexFindAll \"[0-9]+\" \"a1b22c333\" -1 }} {{ regexFindAll \"[0-9]+\" \"a1b22c333\" 2 }} {{ regexFindAll \"[0-9]+\" \"abc\" -1 }} {{ regexFindAll \"a*\" \"baaac\" -1 }} {{ regexFindAll \"x\" \"xx\" 0 }}", "[1 22 333] [1 22] [] [ aaa ] []" },
        { "{{ regexFindAll \"(\" \"x\" -1 }}", "!error calling regexFindAll: regexp: Compile(`(`): error parsing regexp: missing closing ): `(`" },
        { "{{ mustRegexFindAll \"a(b\" \"x\" -1 }}", "!error calling mustRegexFindAll: error parsing regexp: missing closing ): `a(b`" },
        { "{{ regexReplaceAll \"a(x*)b\" \"-ab-axxb-\" \"${1}W\" }}|{{ regexReplaceAll \"a(x*)b\" \"-ab-axxb-\" \"$1W\" }}|{{ regexReplaceAll \"a(?P<n>x*)b\" \"-axb-\" \"[$n]\" }}|{{ regexReplaceAll \"a\" \"aaa\" \"$$\" }}|{{ regexReplaceAll \"x*\" \"abc\" \"-\" }}", "-W-xxW-|---|-[x]-|$$$|-a-b-c-" },
        { "{{ regexReplaceAll \"(\\\\w+)@(\\\\w+)\" \"me@host you@there\" \"$2:$1\" }}|{{ regexReplaceAll \"b\" \"abc\" \"${\" }}|{{ regexReplaceAll \"(?i)B\" \"abcB\" \"x\" }}|{{ regexReplaceAll \"a*\" \"baaac\" \"-\" }}", "host:me there:you|a${c|axcx|-b-c-" },
        { "{{ regexReplaceAllLiteral \"a(x*)b\" \"-ab-axxb-\" \"${1}\" }}|{{ mustRegexReplaceAllLiteral \"\\\\.\" \"a.b.c\" \"$\" }}|{{ mustRegexReplaceAll \"(a)(?P<x>b)(c)\" \"abc\" \"$3$x$1\" }}", "-${1}-${1}-|a$b$c|cba" },
        { "{{ regexSplit \"z+\" \"pizza\" -1 }} {{ regexSplit \"z+\" \"pizza\" 1 }} {{ regexSplit \"z+\" \"pizza\" 0 }} {{ regexSplit \"\" \"abc\" -1 }} {{ regexSplit \"a\" \"\" -1 }} {{ regexSplit \",\" \"a,b,c\" 2 }} {{ regexSplit \"x*\" \"axbxc\" -1 }}", "[pi a] [pizza] [] [a b c] [] [a b,c] [a b c]" },
        { "{{ regexSplit \"(\" \"x\" -1 }}", "!error calling regexSplit: regexp: Compile(`(`): error parsing regexp: missing closing ): `(`" },
        { "{{ mustRegexSplit \"[\" \"x\" -1 }}", "!error calling mustRegexSplit: error parsing regexp: missing closing ]: `[`" },
        { "{{ regexQuoteMeta \"1.2+[x]\" }}", "1\\.2\\+\\[x\\]" },
        { "{{ regexMatch \"^a$\" \"a\" }} {{ regexMatch \"(?m)^b$\" \"a\\nb\\nc\" }} {{ regexMatch \"a$\" \"a\\n\" }} {{ regexFind \"[[:alpha:]]+\" \"12ab3\" }} {{ regexFind \"\\\\pL+\" \"12ab3\" }} {{ regexFind \"[\\\\d]+\" \"ab12\" }}", "true true false ab ab 12" },
        { "{{ mustRegexMatch \"(?=a)\" \"a\" }}", "!error calling mustRegexMatch: error parsing regexp: invalid or unsupported Perl syntax: `(?=`" },
        { "{{ mustRegexMatch \"(a)\\\\1\" \"aa\" }}", "!error calling mustRegexMatch: error parsing regexp: invalid escape sequence: `\\1`" },
        { "{{ mustRegexMatch \"(?<!a)b\" \"b\" }}", "!error calling mustRegexMatch: error parsing regexp: invalid or unsupported Perl syntax: `(?<`" },
        { "{{ regexFind \"\\\\Qa.b\\\\E+\" \"a.bbb\" }} {{ regexReplaceAll \"(?P<first>\\\\w+) (?P<last>\\\\w+)\" \"John Smith\" \"${last}, ${first}\" }} {{ regexFindAll \".\" \"héllo\" 2 }}", "a.bbb Smith, John [h é]" },
        { "{{ regexFind \"[^[:digit:]]+\" \"12ab3\" }}|{{ regexReplaceAll \"^\\\\s+|\\\\s+$\" \"  x y  \" \"\" }}|{{ regexSplit \"\\\\s*,\\\\s*\" \"a , b,c\" -1 }}|{{ regexMatch \"^v?[0-9]+(\\\\.[0-9]+){2}$\" \"v1.2.3\" }}", "ab|x y|[a b c]|true" },
        { "{{ mustRegexMatch \"a)\" \"a\" }}", "!error calling mustRegexMatch: error parsing regexp: unexpected ): `a)`" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_SprigRegexCase_MatchesSprig(string template, string expected) => CaseRunner.Check(template, expected);
}
