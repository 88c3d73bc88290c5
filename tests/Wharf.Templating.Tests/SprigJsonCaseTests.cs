namespace Wharf.Templating.Tests;

/// <summary>
/// Sprig's JSON functions (<c>fromJson toJson toPrettyJson toRawJson</c> and <c>must</c> forms), Go's encoding/json texts included. Every expected value was produced by Go's text/template with
/// Masterminds/sprig v3.2.3 (errors: the text after Go's location prefix).
/// </summary>
public sealed class SprigJsonCaseTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "{{ fromJson \"{\\\"a\\\":[1,2.5,\\\"x\\\",null,true],\\\"b\\\":{\\\"c\\\":1e3}}\" }}", "map[a:[1 2.5 x <nil> true] b:map[c:1000]]" },
        { "{{ (fromJson \"{\\\"a\\\":1}\").a | typeOf }} {{ fromJson \"[1,\\\"a\\\"]\" | len }} {{ fromJson \" \\\"s\\\" \" }}", "float64 2 s" },
        { "{{ fromJson \"x\" }}|{{ fromJson \"\" | typeOf }}|{{ fromJson \"{\\\"a\\\":1e400,\\\"b\\\":1}\" }}", "<no value>|<nil>|map[a:<nil> b:1]" },
        { "{{ fromJson \"{\\\"a\\\":1,\\\"a\\\":2,\\\"u\\\":\\\"\\\\u00e9\\\\n\\\"}\" | toJson }}", "{\"a\":2,\"u\":\"é\\n\"}" },
        { "{{ mustFromJson \"x\" }}", "!error calling mustFromJson: invalid character 'x' looking for beginning of value" },
        { "{{ mustFromJson \"{\\\"a\\\":1\" }}", "!error calling mustFromJson: unexpected end of JSON input" },
        { "{{ mustFromJson \"{\\\"a\\\" 1}\" }}", "!error calling mustFromJson: invalid character '1' after object key" },
        { "{{ mustFromJson \"1 2\" }}", "!error calling mustFromJson: invalid character '2' after top-level value" },
        { "{{ mustFromJson \"tru\" }}", "!error calling mustFromJson: invalid character ' ' in literal true (expecting 'e')" },
        { "{{ mustFromJson \"[1,]\" }}", "!error calling mustFromJson: invalid character ']' looking for beginning of value" },
        { "{{ mustFromJson \"{\\\"a\\\":1,}\" }}", "!error calling mustFromJson: invalid character '}' looking for beginning of object key string" },
        { "{{ mustFromJson \"{1:2}\" }}", "!error calling mustFromJson: invalid character '1' looking for beginning of object key string" },
        { "{{ mustFromJson \"-\" }}", "!error calling mustFromJson: invalid character ' ' in numeric literal" },
        { "{{ mustFromJson \"1.\" }}", "!error calling mustFromJson: invalid character ' ' after decimal point in numeric literal" },
        { "{{ mustFromJson \"[1 2]\" }}", "!error calling mustFromJson: invalid character '2' after array element" },
        { "{{ mustFromJson \"\\\"\\\\x\\\"\" }}", "!error calling mustFromJson: invalid character 'x' in string escape code" },
        { "{{ mustFromJson \"1e400\" }}", "!error calling mustFromJson: json: cannot unmarshal number 1e400 into Go value of type float64" },
        { "{{ toPrettyJson (dict \"a\" (list) \"b\" (dict) \"c\" (list 1 (dict \"d\" \"<x>\"))) }}", "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    {\n      \"d\": \"\\u003cx\\u003e\"\n    }\n  ]\n}" },
        { "{{ toPrettyJson .Values.map }}|{{ toPrettyJson nil }}|{{ toPrettyJson \"s\" }}", "{\n  \"a\": 1,\n  \"b\": 2\n}|null|\"s\"" },
        { "{{ toRawJson (dict \"a\" \"<x>&\\u2028\" \"b\" 1.5) }}", "{\"a\":\"<x>&\\u2028\",\"b\":1.5}" },
        { "{{ toRawJson (float64 \"NaN\") }}", "!error calling toRawJson: json: unsupported value: NaN" },
        { "{{ mustToJson (float64 \"NaN\") }}", "!error calling mustToJson: json: unsupported value: NaN" },
        { "{{ toJson (float64 \"NaN\") }}|{{ toPrettyJson (float64 \"NaN\") }}|", "||" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_SprigJsonCase_MatchesSprig(string template, string expected) => CaseRunner.Check(template, expected);
}
