namespace Wharf.Templating.Tests;

/// <summary>
/// Table of built-in function cases: Go's logic, comparison, len/index/slice, print family and
/// printf verbs, and the Sprig subset with Sprig's argument order.
/// </summary>
public sealed class FunctionCaseTests
{
    public static TheoryData<string, string> Cases => new()
    {
        // and / or return the deciding argument and stop there (Go 1.18+).
        { "{{ and 1 0 2 }}", "0" },
        { "{{ and 1 2 }}", "2" },
        { """{{ or 0 "" "x" }}""", "x" },
        { """{{ or 0 "" }}""", "" },
        { """{{ or true (fail "boom") }}""", "true" },
        { """{{ and false (fail "boom") }}""", "false" },
        { """{{ or false (fail "boom") }}""", "!1:14: error calling fail: boom" },
        { "{{ and .Values.disabled (index .Values.list 9) }}", "false" },
        { "{{ and .Values.enabled (index .Values.list 9) }}", "!1:25: error calling index: index out of range: 9" },
        { "{{ .Values.enabled | and true }}", "true" },
        { "{{ not .Values.enabled }}", "false" },
        { "{{ not .Values.missing }}", "true" },

        // Comparisons.
        { "{{ eq 1 1 }}", "true" },
        { """{{ eq "a" "b" "a" }}""", "true" },
        { "{{ ne 1 2 }}", "true" },
        { "{{ lt 1 2 }} {{ le 2 2 }} {{ gt 1 2 }} {{ ge 2.5 2.5 }}", "true true false true" },
        { """{{ gt "b" "a" }}""", "true" },
        { "{{ eq (add 1 2) 3 }}", "true" },
        { "{{ eq .Values.replicas 3 }} {{ eq .Values.count32 3 }}", "true true" },
        { """{{ eq .Values.missing "x" }}""", "false" },
        { """{{ eq 1 "1" }}""", "!1:4: error calling eq: incompatible types for comparison: int and string" },
        { "{{ lt 1 1.5 }}", "!1:4: error calling lt: incompatible types for comparison: int and float64" },
        { "{{ eq 1 1.0 }}", "!error calling eq: incompatible types for comparison: int and float64" },
        { "{{ lt true false }}", "!error calling lt: invalid type for comparison" },
        { "{{ lt .Values.missing 1 }}", "!error calling lt: invalid type for comparison" },
        { "{{ eq 1 }}", "!1:4: error calling eq: missing argument for comparison" },
        { """{{ if eq .Values.name "wharf" }}yes{{ end }}""", "yes" },

        // len, index, slice, print family.
        { "{{ len .Values.list }} {{ len .Values.map }} {{ len \"héllo\" }}", "3 2 6" },
        { "{{ len 3 }}", "!1:4: error calling len: len of type int" },
        { "{{ index .Values.list 1 }}", "b" },
        { """{{ index .Values.map "zz" }}""", "<no value>" },
        { "{{ index .Values.list 5 }}", "!error calling index: index out of range: 5" },
        { "{{ slice .Values.list 1 }} {{ slice \"hello\" 1 3 }}", "[b c] el" },
        { """{{ print 1 2 "a" 3 "b" "c" }}""", "1 2a3bc" },
        { """{{ println "a" 1 }}""", "a 1\n" },
        { """{{ html "<a href='x'>&" }}""", "&lt;a href=&#39;x&#39;&gt;&amp;" },
        { """{{ urlquery "a b&c" }}""", "a+b%26c" },
        { """{{ js "it's <b>" }}""", "it\\'s \\u003Cb\\u003E" },

        // printf verbs, flags and Go's error forms.
        { """{{ printf "%s=%d" "a" 5 }}""", "a=5" },
        { """{{ printf "%v %v" .Values.list .Values.map }}""", "[a b c] map[a:1 b:2]" },
        { """{{ printf "%q" "a\"b" }}""", "\"a\\\"b\"" },
        { """{{ printf "%x %X" 255 "hi" }}""", "ff 6869" },
        { """{{ printf "%.2f" 3.14159 }}""", "3.14" },
        { """{{ printf "%5d|%-5s|" 42 "ab" }}""", "   42|ab   |" },
        { """{{ printf "%6.2f|%-8.3s|" 3.14159 "abcdef" }}""", "  3.14|abc     |" },
        { """{{ printf "%t %d%%" true 50 }}""", "true 50%" },
        { """{{ printf "%d" "x" }}""", "%!d(string=x)" },
        { """{{ printf "%d %d" 1 }}""", "1 %!d(MISSING)" },
        { """{{ printf "%d" 1 2 }}""", "1%!(EXTRA int=2)" },
        { """{{ printf "%s|%v" nil nil }}""", "%!s(<nil>)|<nil>" },
        { """{{ printf "%05.1f|%+d|%x" 3.14159 5 -255 }}""", "003.1|+5|-ff" },
        { """{{ printf "%T %T %T %T %T" 1 1.5 "s" .Values.list .Values.map }}""", "int float64 string []interface {} map[string]interface {}" },
        { """{{ printf "%e|%g|%g" 123456.789 0.00001234 100.0 }}""", "1.234568e+05|1.234e-05|100" },
        { """{{ printf "%.2f %.2f %.0f" 0.125 0.375 2.5 }}""", "0.12 0.38 2" },
        { """{{ printf "%s" .Values.nums }}""", "[%!s(int=1) %!s(int=2) %!s(int=3)]" },
        { """{{ printf "%03d|%q|%c|%U|%#x" 7 'x' 65 65 255 }}""", "007|'x'|A|U+0041|0xff" },
        { """{{ printf "%[2]s %[1]s" "a" "b" }}""", "b a" },
        { """{{ printf "%z" 1 }}""", "%!z(int=1)" },
        { """{{ printf "%99999999d" 1 }}""", "%!(NOVERB)%!(EXTRA int=1)" },
        { """{{ printf "%v|%v|%v" 1e21 -0.5 true }}""", "1e+21|-0.5|true" },

        // Sprig: defaults and flow.
        { """{{ ternary "a" "b" true }}""", "a" },
        { """{{ .Values.enabled | ternary "yes" "no" }}""", "yes" },
        { """{{ "x" | default "y" }} {{ "" | default "y" }} {{ .Values.missing | default "d" }}""", "x y d" },
        { """{{ default "d" }} {{ 0 | default 5 }} {{ .Values.list | default "d" }}""", "d 5 [a b c]" },
        { """{{ empty "" }} {{ empty .Values.list }} {{ empty 0 }} {{ empty .Values.missing }}""", "true false true true" },
        { """{{ coalesce .Values.missing "" "c" }} {{ coalesce "" 0 }}""", "c <no value>" },
        { """{{ fail "stop here" }}""", "!1:4: error calling fail: stop here" },

        // Sprig: strings.
        { """{{ quote "a" 1 .Values.missing }}|{{ squote "a" }}|{{ quote .Values.missing }}""", "\"a\" \"1\"|'a'|" },
        { """{{ upper "abc" }} {{ lower "ABC" }} {{ title "hello world-wide" }}""", "ABC abc Hello World-Wide" },
        { """{{ trim "  x  " }}|{{ trimAll "$" "$$x$" }}|{{ trimPrefix "a" "abc" }}|{{ trimSuffix "c" "abc" }}""", "x|x|bc|ab" },
        { """{{ replace "a" "o" "banana" }}""", "bonono" },
        { """{{ contains "an" "banana" }} {{ hasPrefix "ba" "banana" }} {{ hasSuffix "x" "banana" }}""", "true true false" },
        { """{{ split "," "a,b" }} {{ splitList "," "a,b" }}""", "map[_0:a _1:b] [a b]" },
        { """{{ join "-" .Values.list }} {{ join "," (list 1 nil "x") }} {{ join "," .Values.strings }}""", "a-b-c 1,x x,y" },
        { """{{ repeat 3 "ab" }}|{{ nospace " a b\tc " }}""", "ababab|abc" },
        { """{{ indent 2 "a\nb" }}|{{ nindent 2 "a" }}""", "  a\n  b|\n  a" },
        { """{{ toString 5 }} {{ toString .Values.list }}""", "5 [a b c]" },
        { """{{ sortAlpha (list "b" "a" "C") }}""", "[C a b]" },

        // Sprig: encoding.
        { """{{ b64enc "hello" }} {{ b64dec "aGVsbG8=" }}""", "aGVsbG8= hello" },
        { """{{ b64dec "!!" }}""", "illegal base64 data at input byte 0" },
        { """{{ toJson .Values.map }}""", "{\"a\":1,\"b\":2}" },
        { """{{ toJson (dict "k" (list 1 "<a>" 1.5 true nil)) }}""", "{\"k\":[1,\"\\u003ca\\u003e\",1.5,true,null]}" },
        { """{{ sha256sum "abc" }}""", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
        { "{{ uuidv4 | len }}", "36" },

        // Sprig: numbers.
        { """{{ atoi "42" }} {{ atoi "x" }} {{ int "12.0" }} {{ int64 "0x10" }} {{ float64 "1.5" }} {{ int 3.9 }}""", "42 0 12 16 1.5 3" },
        { """{{ add 1 2 3 }} {{ sub 5 7 }} {{ mul 2 3 4 }} {{ div 7 2 }} {{ mod 7 2 }} {{ add1 "41" }}""", "6 -2 24 3 1 42" },
        { "{{ max 1 5 3 }} {{ min 4 2 8 }}", "5 2" },
        { "{{ div 1 0 }}", "!1:4: error calling div: runtime error: integer divide by zero" },

        // Sprig: lists and dicts.
        { """{{ list 1 "a" }} {{ dict "b" 1 "a" 2 }} {{ dict "a" }}""", "[1 a] map[a:2 b:1] map[a:]" },
        { """{{ get (dict "a" 1) "a" }}|{{ get (dict) "x" }}|{{ hasKey .Values.map "a" }}""", "1||true" },
        { """{{ $d := dict }}{{ $_ := set $d "k" "v" }}{{ $d.k }}""", "v" },
        { """{{ keys .Values.map }} {{ unset (dict "a" 1 "b" 2) "a" }}""", "[a b] map[b:2]" },
        { "{{ first .Values.list }} {{ last .Values.list }} {{ first .Values.emptyList }}", "a c <no value>" },
        { """{{ first "s" }}""", "!1:4: error calling first: Cannot find first on type string" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_FunctionCase_MatchesGoAndSprig(string template, string expected) => CaseRunner.Check(template, expected);
}
