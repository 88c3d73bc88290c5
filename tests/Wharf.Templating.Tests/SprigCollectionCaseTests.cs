namespace Wharf.Templating.Tests;

/// <summary>
/// Sprig's list and dict functions (<c>dig has append concat uniq merge pluck until seq</c> …). Every expected value was produced by Go's text/template with
/// Masterminds/sprig v3.2.3 (errors: the text after Go's location prefix).
/// </summary>
public sealed class SprigCollectionCaseTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "{{ dig \"image\" \"tag\" \"none\" .Values }} {{ dig \"image\" \"digest\" \"none\" .Values }} {{ dig \"x\" \"y\" \"none\" .Values }}", "1.0 none none" },
        { "{{ dig \"a\" \"b\" \"c\" \"d\" (dict \"a\" (dict \"b\" (dict \"c\" 1))) }}", "1" },
        { "{{ dig \"a\" \"b\" \"d\" nil }}", "!error calling dig: interface conversion: interface {} is nil, not map[string]interface {}" },
        { "{{ dig \"name\" \"x\" \"d\" .Values }}", "!error calling dig: interface conversion: interface {} is string, not map[string]interface {}" },
        { "{{ dig \"a\" \"d\" }}", "!error calling dig: dig needs at least three arguments" },
        { "{{ dig 1 \"d\" .Values }}", "!error calling dig: interface conversion: interface {} is int, not string" },
        { "{{ has 1 (list 1 2) }} {{ has \"1\" (list 1 2) }} {{ has 1.0 (list 1 2) }} {{ has 1 nil }} {{ mustHas \"b\" .Values.list }}", "true false false false true" },
        { "{{ has 1 \"x\" }}", "!error calling has: Cannot find has on type string" },
        { "{{ append .Values.list \"d\" }} {{ push (list) 1 }} {{ mustAppend .Values.nums 4 }} {{ .Values.list }}", "[a b c d] [1] [1 2 3 4] [a b c]" },
        { "{{ append nil 1 }}", "!error calling append: runtime error: invalid memory address or nil pointer dereference" },
        { "{{ append \"x\" 1 }}", "!error calling append: Cannot push on type string" },
        { "{{ prepend .Values.list \"z\" }} {{ mustPrepend (list) 1 }}", "[z a b c] [1]" },
        { "{{ prepend 1 1 }}", "!error calling prepend: Cannot prepend on type int" },
        { "{{ reverse .Values.list }} {{ reverse (list) }} {{ mustReverse (list 1 2) }}", "[c b a] [] [2 1]" },
        { "{{ reverse .Values.map }}", "!error calling reverse: Cannot find reverse on type map" },
        { "{{ uniq (list 1 1 \"1\" 1.0 2 1 nil nil) }} {{ mustUniq .Values.list }}", "[1 1 1 2 <nil>] [a b c]" },
        { "{{ without (list 1 2 3 2) 2 3 }} {{ mustWithout .Values.list \"a\" }}", "[1] [b c]" },
        { "{{ compact (list 1 0 \"\" nil \"a\" false (list) (dict) true) }} {{ mustCompact (list) }}", "[1 a true] []" },
        { "{{ rest .Values.list }} {{ rest (list) }} {{ initial .Values.list }} {{ initial (list) }} {{ mustRest (list 1) }} {{ mustInitial (list 1) }}", "[b c] [] [a b] [] [] []" },
        { "{{ rest \"x\" }}", "!error calling rest: Cannot find rest on type string" },
        { "{{ initial 3 }}", "!error calling initial: Cannot find initial on type int" },
        { "{{ chunk 2 (list 1 2 3 4 5) }} {{ chunk 3 (list 1 2 3) }} {{ chunk 2 (list) }} {{ mustChunk 5 (list 1) }}", "[[1 2] [3 4] [5]] [[1 2 3]] [] [[1]]" },
        { "{{ chunk 0 (list 1) }}", "!error calling chunk: runtime error: makeslice: len out of range" },
        { "{{ chunk 2 \"x\" }}", "!error calling chunk: Cannot chunk type string" },
        { "{{ mustFirst .Values.list }} {{ mustLast .Values.list }}", "a c" },
        { "{{ until 5 }} {{ until -3 }} {{ until 0 }}", "[0 1 2 3 4] [0 -1 -2] []" },
        { "{{ untilStep 0 10 3 }} {{ untilStep 10 0 -4 }} {{ untilStep 0 10 -1 }} {{ untilStep 3 3 1 }}", "[0 3 6 9] [10 6 2] [] []" },
        { "{{ seq 5 }}|{{ seq -3 }}|{{ seq 2 5 }}|{{ seq 5 2 }}|{{ seq 1 2 10 }}|{{ seq 10 -3 1 }}|{{ seq 10 3 1 }}|{{ seq }}|{{ seq 0 }}", "1 2 3 4 5|1 0 -1 -2 -3|2 3 4 5|5 4 3 2|1 3 5 7 9|10 7 4 1|||1 0" },
        { "{{ range until 3 }}{{ . }},{{ end }}", "0,1,2," },
        { "{{ pluck \"a\" (dict \"a\" 1) (dict \"b\" 2) (dict \"a\" 3) }}", "[1 3]" },
        { "{{ pick .Values.image \"tag\" \"nope\" }} {{ omit .Values.image \"tag\" }} {{ pick (dict \"a\" 1 \"b\" 2 \"c\" 3) \"a\" \"c\" }}", "map[tag:1.0] map[repository:quay.io/x/y] map[a:1 c:3]" },
        { "{{ values (dict \"a\" 1) }} {{ values (dict) }} {{ values (dict \"a\" 1 \"b\" 2) | len }}", "[1] [] 2" },
        { "{{ merge (dict \"a\" \"\" \"b\" 0) (dict \"a\" \"y\" \"b\" 2 \"c\" nil) }}", "map[a:y b:2]" },
        { "{{ merge (dict \"a\" (dict \"x\" 1 \"y\" \"\")) (dict \"a\" (dict \"y\" 2 \"z\" 3)) }}", "map[a:map[x:1 y:2 z:3]]" },
        { "{{ mergeOverwrite (dict \"a\" (dict \"x\" 1 \"y\" \"\")) (dict \"a\" (dict \"y\" nil \"z\" 3)) }}", "map[a:map[x:1 y:<nil> z:3]]" },
        { "{{ mergeOverwrite (dict \"a\" 1) (dict \"a\" 0) }} {{ mergeOverwrite (dict \"a\" \"x\") (dict \"a\" (dict \"b\" 1)) }} {{ mergeOverwrite (dict \"a\" \"x\") (dict \"a\" (list 1)) }}", "map[a:0] map[a:x] map[a:[1]]" },
        { "{{ mergeOverwrite (dict \"a\" (list 1)) (dict \"a\" (list)) }} {{ merge (dict \"a\" (list)) (dict \"a\" (list 2)) }} {{ merge (dict \"a\" (list 1)) (dict \"a\" (list 2)) }}", "map[a:[]] map[a:[2]] map[a:[1]]" },
        { "{{ merge nil (dict \"a\" 1) }} {{ merge (dict \"a\" 1) nil }} {{ mustMerge (dict \"a\" 1) (dict \"b\" 2) (dict \"a\" 3 \"c\" 4) }} {{ mustMergeOverwrite (dict \"a\" 1) (dict \"b\" 2) (dict \"a\" 3) }}", "map[a:1] map[a:1] map[a:1 b:2 c:4] map[a:3 b:2]" },
        { "{{ $d := dict \"a\" 1 }}{{ $_ := merge $d (dict \"b\" 2) }}{{ $d }}", "map[a:1 b:2]" },
        { "{{ merge (dict \"a\" 1 \"m\" (dict \"k\" \"v\")) (dict \"m\" \"s\") }} {{ mergeOverwrite (dict \"m\" (dict \"k\" \"v\")) (dict \"m\" \"s\") }}", "map[a:1 m:map[k:v]] map[m:s]" },
        { "{{ $a := dict \"x\" (list 1 (dict \"y\" 2)) }}{{ $b := deepCopy $a }}{{ $_ := set $b \"z\" 1 }}{{ $a }} {{ $b }} {{ mustDeepCopy \"s\" }} {{ deepCopy 5 }}", "map[x:[1 map[y:2]]] map[x:[1 map[y:2]] z:1] s 5" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_SprigCollectionCase_MatchesSprig(string template, string expected) => CaseRunner.Check(template, expected);
}
