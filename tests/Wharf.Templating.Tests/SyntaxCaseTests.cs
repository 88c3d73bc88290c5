namespace Wharf.Templating.Tests;

/// <summary>
/// Table of Go text/template syntax cases: text, trim markers, comments, literals, fields,
/// variables, pipelines, parentheses and control structures. Expected outputs are Go's.
/// </summary>
public sealed class SyntaxCaseTests
{
    public static TheoryData<string, string> Cases => new()
    {
        // Text, comments, trim markers.
        { "hello", "hello" },
        { "", "" },
        { "a{{/* comment */}}b", "ab" },
        { "a {{- /* comment */ -}} b", "ab" },
        { "a  {{- 1 -}}  b", "a1b" },
        { "a\n  {{- 1 }}\n", "a1\n" },
        { "{{ 1 -}}\n\n  x", "1x" },
        { "{{-3}}", "-3" },
        { "x {{- 3 }}", "x3" },
        { """{{ "}}" }}""", "}}" },
        { "{{ if\n  true }}multi-line action{{ end }}", "multi-line action" },

        // Literals print as Go prints them.
        { "{{ 3 }}", "3" },
        { "{{ 1.5 }}", "1.5" },
        { "{{ 1e3 }}", "1000" },
        { "{{ 1.0 }}", "1" },
        { "{{ 1e6 }}", "1e+06" },
        { "{{ 123456.0 }}", "123456" },
        { "{{ 1234567.0 }}", "1.234567e+06" },
        { "{{ 0.00001 }}", "1e-05" },
        { "{{ 0x1F }}", "31" },
        { "{{ 017 }}", "15" },
        { "{{ 0o17 }}", "15" },
        { "{{ 0b101 }}", "5" },
        { "{{ 1_000 }}", "1000" },
        { "{{ -7 }}", "-7" },
        { "{{ 'a' }}", "97" },
        { "{{ true }}", "true" },
        { """{{ "tab\there \u00e9 \x41" }}""", "tab\there é A" },
        { "{{ `raw\\n` }}", "raw\\n" },

        // Fields on maps, records and ITemplateObject.
        { "{{ .Values.name }}", "wharf" },
        { "{{ $.Values.name }}", "wharf" },
        { "{{ .Values.missing }}", "<no value>" },
        { "{{ .Values.missing.deeper }}", "<no value>" },
        { "{{ .Values.nothing }}", "<no value>" },
        { "{{ .Values.list }}", "[a b c]" },
        { "{{ .Values.strings }}", "[x y]" },
        { "{{ .Values.map }}", "map[a:1 b:2]" },
        { "{{ .Values.labels }}", "map[app:api tier:web]" },
        { "{{ .Values.labels.tier }} {{ range $k, $v := .Values.labels }}{{ $k }}={{ $v }};{{ end }}", "web app=api;tier=web;" },
        { "{{ range .Values.strings }}{{ . | upper }}{{ end }}", "XY" },
        { "{{ .Values.ratio }}", "1.5" },
        { "{{ .Record.Name }}:{{ .Record.Port }}", "rec:7" },
        { "{{ .Object.Kind }} {{ .Object }}", "object sample" },
        { """{{ index .Values "dashed-key" }}""", "dk" },
        { """{{ (dict "a" (dict "b" 5)).a.b }}""", "5" },

        // Variables.
        { "{{ $x := 5 }}{{ $x }}", "5" },
        { "{{ $x := 1 }}{{ $x = 2 }}{{ $x }}", "2" },
        { "{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ end }}{{ $x }}", "2" },
        { "{{ $x := 1 }}{{ if true }}{{ $x := 2 }}{{ end }}{{ $x }}", "1" },
        { "{{ with $v := .Values.name }}{{ $v }}{{ end }}", "wharf" },
        { "{{ $img := .Values.image }}{{ $img.repository }}", "quay.io/x/y" },

        // Pipelines and parentheses.
        { """{{ "x" | printf "%s-%s" "a" }}""", "a-x" },
        { "{{ .Values.name | upper | quote }}", "\"WHARF\"" },
        { """{{ printf "%d" (add 1 (mul 2 (sub 5 2))) }}""", "7" },
        { "{{ (1) }}", "1" },
        { "{{ list 1 2 | len }}", "2" },
        { """{{ default "none" (index .Values.map "c") }}""", "none" },
        { """{{ .Values.name | trimPrefix "wh" | upper }}""", "ARF" },
        { """{{ (printf "%s" "a" | printf "%s%s" "b") | upper }}""", "BA" },

        // if / else if / else, with.
        { "{{ if .Values.enabled }}on{{ else }}off{{ end }}", "on" },
        { "{{ if .Values.disabled }}a{{ else if .Values.enabled }}b{{ else }}c{{ end }}", "b" },
        { "{{ if .Values.disabled }}a{{ else if .Values.empty }}b{{ else }}c{{ end }}", "c" },
        { "{{ if .Values.empty }}a{{ else }}b{{ end }}", "b" },
        { "{{ if 0 }}a{{ else }}b{{ end }}", "b" },
        { "{{ if 0.0 }}a{{ else }}b{{ end }}", "b" },
        { "{{ if .Values.emptyList }}a{{ else }}b{{ end }}", "b" },
        { "{{ if .Values.map }}a{{ else }}b{{ end }}", "a" },
        { "{{ if .Record }}a{{ end }}", "a" },
        { "{{ with .Values.image }}{{ .repository }}:{{ .tag }}{{ end }}", "quay.io/x/y:1.0" },
        { "{{ with .Values.missing }}a{{ else }}b{{ end }}", "b" },
        { "{{ with .Values.missing }}a{{ else with .Values.name }}{{ . }}{{ end }}", "wharf" },

        // range, break, continue.
        { "{{ range .Values.list }}{{ . }},{{ end }}", "a,b,c," },
        { "{{ range $i, $v := .Values.list }}{{ $i }}={{ $v }} {{ end }}", "0=a 1=b 2=c " },
        { "{{ range $k, $v := .Values.map }}{{ $k }}{{ $v }}{{ end }}", "a1b2" },
        { "{{ range $v := .Values.nums }}{{ $v }}{{ end }}", "123" },
        { "{{ range .Values.emptyList }}x{{ else }}none{{ end }}", "none" },
        { "{{ range .Values.missing }}x{{ else }}none{{ end }}", "none" },
        { """{{ range .Values.list }}{{ if eq . "b" }}{{ break }}{{ end }}{{ . }}{{ end }}""", "a" },
        { """{{ range .Values.list }}{{ if eq . "b" }}{{ continue }}{{ end }}{{ . }}{{ end }}""", "ac" },
        { "{{ range 3 }}{{ . }}{{ end }}", "012" },
        { "{{ $n := 0 }}{{ range .Values.list }}{{ $n = add $n 1 }}{{ end }}{{ $n }}", "3" },
        { "{{ range .Values.list }}{{ range $.Values.nums }}{{ . }}{{ end }}|{{ end }}", "123|123|123|" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_SyntaxCase_MatchesGo(string template, string expected) => CaseRunner.Check(template, expected);
}
