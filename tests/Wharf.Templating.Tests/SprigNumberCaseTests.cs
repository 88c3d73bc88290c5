namespace Wharf.Templating.Tests;

/// <summary>
/// Sprig's float math and reflection functions (<c>round addf divf maxf typeOf kindOf deepEqual</c> …). Every expected value was produced by Go's text/template with
/// Masterminds/sprig v3.2.3 (errors: the text after Go's location prefix).
/// </summary>
public sealed class SprigNumberCaseTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "{{ round 3.14159 2 }} {{ round 2.5 0 }} {{ round -2.5 0 }} {{ round 1.2345 3 0.4 }} {{ round \"7.777\" 1 }} {{ round 1234.5678 -2 }}", "3.14 3 -3 1.235 7.8 1200" },
        { "{{ ceil 1.2 }} {{ ceil -1.2 }} {{ floor 1.8 }} {{ floor \"-1.2\" }} {{ ceil 3 }} {{ floor .Values.ratio }}", "2 -1 1 -2 3 1" },
        { "{{ addf 1.1 2.2 }} {{ addf 0.1 0.2 }} {{ addf }} {{ subf 1.5 0.2 0.1 }} {{ mulf 1.1 3 }} {{ divf 1 3 }} {{ divf 2 3 }} {{ divf 10 4 2 }} {{ add1f 1.5 }} {{ add1f \"x\" }}", "3.3 0.3 0 1.2 3.3 0.3333333333333333 0.6666666666666667 1.25 2.5 1" },
        { "{{ divf 1 0 }}", "!error calling divf: decimal division by 0" },
        { "{{ addf 1 (float64 \"NaN\") }}", "!error calling addf: Cannot create a Decimal from NaN" },
        { "{{ maxf 1 2.5 \"3\" }} {{ minf 1 -2.5 0 }} {{ biggest 1 5 3 }} {{ maxf 2 }}", "3 -2.5 5 2" },
        { "{{ mulf 0.1 0.1 }} {{ subf 0.3 0.1 }} {{ divf 7 -3 }} {{ addf 1e20 1 }} {{ mulf 123456789.123 1000 }}\n{{ typeOf 1 }} {{ typeOf 1.5 }} {{ typeOf \"s\" }} {{ typeOf true }} {{ typeOf nil }} {{ typeOf .Values.list }} {{ typeOf .Values.map }} {{ typeOf (semver \"1.2.3\") }}", "0.01 0.2 -2.3333333333333335 1e+20 1.23456789123e+11\nint float64 string bool <nil> []interface {} map[string]interface {} *semver.Version" },
        { "{{ kindOf 1 }} {{ kindOf 1.5 }} {{ kindOf \"s\" }} {{ kindOf true }} {{ kindOf nil }} {{ kindOf .Values.list }} {{ kindOf .Values.map }} {{ kindOf (semver \"1.2.3\") }}", "int float64 string bool invalid slice map ptr" },
        { "{{ typeIs \"int\" 1 }} {{ typeIs \"string\" 1 }} {{ typeIsLike \"semver.Version\" (semver \"1.0.0\") }} {{ kindIs \"map\" (dict) }} {{ kindIs \"slice\" (list) }} {{ kindIs \"invalid\" nil }}", "true false true true true true" },
        { "{{ deepEqual (list 1 (dict \"a\" \"b\")) (list 1 (dict \"a\" \"b\")) }} {{ deepEqual 1 1.0 }} {{ deepEqual nil nil }} {{ deepEqual (dict \"a\" 1) (dict \"a\" 2) }} {{ deepEqual \"a\" \"a\" }}", "true false true false true" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_SprigNumberCase_MatchesSprig(string template, string expected) => CaseRunner.Check(template, expected);
}
