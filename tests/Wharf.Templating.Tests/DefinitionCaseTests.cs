namespace Wharf.Templating.Tests;

/// <summary>
/// <c>define</c>, <c>template</c> and <c>block</c>: named templates with their own dot and <c>$</c>, recursion, Go's
/// rules for redefinition and scope. Every expected value was produced by Go's text/template (errors: the message
/// after Go's location prefix).
/// </summary>
public sealed class DefinitionCaseTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "{{ define \"x\" }}X{{ . }}{{ end }}[{{ template \"x\" 1 }}][{{ template \"x\" }}]", "[X1][X<no value>]" },
        { "{{ block \"b\" \"d\" }}B:{{ . }}{{ end }}|{{ template \"b\" 2 }}", "B:d|B:2" },
        { "{{ define \"r\" }}{{ if gt . 0 }}{{ . }}{{ template \"r\" (sub . 1) }}{{ end }}{{ end }}{{ template \"r\" 3 }}", "321" },
        { "{{ define \"x\" }}{{ $ }}{{ end }}{{ template \"x\" \"dollar\" }}", "dollar" },
        { "{{ define \"x\" }}a{{ end }}{{ define \"x\" }} {{ end }}{{ template \"x\" }}", "a" },
        { "{{ range $i, $e := list 1 2 }}{{ template \"y\" $e }}{{ end }}{{ define \"y\" }}<{{ . }}>{{ end }}", "<1><2>" },
        { "{{ template \"x\" }}{{ define \"x\" }}{{ .Values.name }}{{ end }}", "<no value>" },
        { "{{ template \"nope\" }}", "!template \"nope\" not defined" },
        { "{{ if true }}{{ define \"x\" }}{{ end }}{{ end }}", "!unexpected <define> in command" },
        { "{{ $v := 1 }}{{ define \"x\" }}{{ $v }}{{ end }}", "!undefined variable \"$v\"" },
        { "{{ define \"x\" }}a{{ end }}{{ define \"x\" }}b{{ end }}", "!template: multiple definition of template \"x\"" },
        { "{{ define \"x\" }}{{ break }}{{ end }}", "!{{break}} outside {{range}}" },
        { "{{ define x }}{{ end }}", "!in define clause" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_DefinitionCase_MatchesGo(string template, string expected) => CaseRunner.Check(template, expected);

    [Fact]
    public void Template_InfiniteRecursion_StopsAtTheLimit()
    {
        Assert.False(TemplateEngine.TryRender("{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" 1 }}", new TemplateOptions(), out _, out var error));

        Assert.Matches("steps|too deep", error.Message);
    }
}
