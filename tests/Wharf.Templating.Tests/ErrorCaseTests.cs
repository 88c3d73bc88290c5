namespace Wharf.Templating.Tests;

/// <summary>
/// Table of bad templates: every case must fail with a one-line message at the right line and
/// column (1-based) of the failing token. Unknown functions fail at parse time, as in Go.
/// </summary>
public sealed class ErrorCaseTests
{
    public static TheoryData<string, string> Cases => new()
    {
        // Parse errors.
        { "{{ Foo }}", "!t:1:4: function \"Foo\" not defined" },
        { "line1\nline2 {{ Foo }}", "!t:2:10: function \"Foo\" not defined" },
        { "{{ if false }}{{ Foo }}{{ end }}", "!t:1:18: function \"Foo\" not defined" },
        { "a\n  {{ .x", "!t:2:3: unclosed action" },
        { "{{ end }}", "!t:1:4: unexpected {{end}}" },
        { "{{ else }}", "!t:1:4: unexpected {{else}}" },
        { "x\n{{ if true }}x", "!t:2:4: unexpected EOF: {{if}} has no {{end}}" },
        { "{{ range .Values.list }}{{ with . }}{{ end }}", "!t:1:4: unexpected EOF: {{range}} has no {{end}}" },
        { "{{ if true }}{{ else }}{{ else }}{{ end }}", "!t:1:27: expected end; found {{else}}" },
        { "{{ (1 }}", "!t:1:7: unclosed left paren" },
        { "{{ 1) }}", "!t:1:5: unexpected right paren U+0029 ')'" },
        { "{{ \"abc }}", "!t:1:4: unterminated quoted string" },
        { "{{ `abc }}", "!t:1:4: unterminated raw quoted string" },
        { "{{ .Values | 1 }}", "!t:1:14: non executable command in pipeline stage 2" },
        { "{{ $x }}", "!t:1:4: undefined variable \"$x\"" },
        { "{{ if true }}{{ $y := 1 }}{{ end }}{{ $y }}", "!t:1:39: undefined variable \"$y\"" },
        { "{{ break }}", "!t:1:4: {{break}} outside {{range}}" },
        { "{{ continue }}", "!t:1:4: {{continue}} outside {{range}}" },
        { "{{ 1a }}", "!t:1:4: bad number syntax: \"1a\"" },
        { "{{ .a-b }}", "!t:1:6: bad character U+002D '-'" },
        { "{{ }}", "!t:1:4: missing value for command" },
        { "{{ if }}{{ end }}", "!t:1:7: missing value for if" },
        { "{{/* x }}", "!t:1:1: unclosed comment" },
        { "{{ 99999999999999999999 }}", "!t:1:4: integer overflow: \"99999999999999999999\"" },
        { "{{ 'ab' }}", "!t:1:4: malformed character constant: 'ab'" },
        { "{{ \"\\q\" }}", "!t:1:4: invalid syntax" },
        { "{{ 1 | printf \"%d\" | 4 }}", "!t:1:22: non executable command in pipeline stage 3" },
        { "{{ 1.a }}", "!t:1:4: bad number syntax: \"1.a\"" },
        { "{{ \"x\".y }}", "!t:1:4: unexpected . after term \"\\\"x\\\"\"" },
        { "{{ 1 + 2 }}", "!t:1:6: illegal number syntax: \"+\"" },
        { "{{ ~ }}", "!t:1:4: unexpected \"~\" in command" },
        { "{{ $x: }}", "!t:1:6: expected :=" },

        // Execution errors.
        { "{{ nil }}", "!t:1:4: nil is not a command" },
        { "{{ upper 5 }}", "!t:1:10: expected string; found 5" },
        { "{{ upper .Values.replicas }}", "!t:1:10: wrong type for value; expected string; got int" },
        { "{{ .Values.replicas | upper }}", "!t:1:23: wrong type for value; expected string; got int" },
        { "{{ upper .Values.missing }}", "!t:1:10: invalid value; expected string" },
        { "{{ ternary 1 2 \"x\" }}", "!t:1:16: expected bool; found \"x\"" },
        { "{{ ternary \"a\" \"b\" }}", "!t:1:4: wrong number of args for ternary: want 3 got 2" },
        { "{{ \"x\" | ternary \"a\" \"b\" }}", "!t:1:10: wrong type for value; expected bool; got string" },
        { "{{ default }}", "!t:1:4: wrong number of args for default: want at least 1 got 0" },
        { "{{ not 1 2 }}", "!t:1:4: wrong number of args for not: want 1 got 2" },
        { "{{ range .Values.name }}{{ end }}", "!t:1:10: range can't iterate over wharf" },
        { "{{ range $i, $v := 3 }}{{ end }}", "!t:1:10: can't use 3 to iterate over more than one variable" },
        { "{{ .Values.name 1 }}", "!t:1:4: name is not a method but has arguments" },
        { "{{ .Values.name.x }}", "!t:1:4: can't evaluate field x in type string" },
        { "{{ .Values.nothing.deeper }}", "!t:1:4: nil pointer evaluating interface {}.deeper" },
        { "{{ .Record.Missing }}", "!t:1:4: can't evaluate field Missing in type SampleRecord" },
        { "{{ 1 2 }}", "!t:1:4: can't give argument to non-function 1" },
        { "{{ $x := 1 }}{{ $y = 2 }}", "!t:1:17: undefined variable: $y" },
        { "{{ nil.x }}", "!t:1:4: unexpected . after term \"nil\"" },
        { "{{ (list 1).x }}", "!t:1:5: can't evaluate field x in type []interface {}" },
        { "x\n\n   {{ index .Values.list \"a\" }}", "!t:3:7: error calling index: cannot index slice/array with type string" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_BadTemplate_FailsWithLocatedMessage(string template, string expected) => CaseRunner.Check(template, expected);
}
