using System.Text;

namespace Wharf.Licensing.Tests;

/// <summary>
/// The canonical form is what signatures cover, so its definition (docs/LICENSES.md) is pinned here
/// value by value: another implementation can check itself against these rows.
/// </summary>
public class CanonicalFormTests
{
    private static string Canonical(string specBody)
    {
        var bytes = LicenseDocument.CanonicalBytes(TestLicenses.WithSpec(specBody));
        Assert.True(bytes.IsOk, bytes.Error);
        return Encoding.UTF8.GetString(bytes.Value);
    }

    [Theory]
    // Plain scalars: YAML 1.2 core schema.
    [InlineData("x: abc", """{"x":"abc"}""")]
    [InlineData("x:", """{"x":null}""")]
    [InlineData("x: ~", """{"x":null}""")]
    [InlineData("x: Null", """{"x":null}""")]
    [InlineData("x: True", """{"x":true}""")]
    [InlineData("x: FALSE", """{"x":false}""")]
    [InlineData("x: yes", """{"x":"yes"}""")] // YAML 1.1 booleans are strings in 1.2
    [InlineData("x: 007", """{"x":7}""")]
    [InlineData("x: +5", """{"x":5}""")]
    [InlineData("x: -0", """{"x":0}""")]
    [InlineData("x: -12", """{"x":-12}""")]
    [InlineData("x: 123456789012345678901234567890", """{"x":123456789012345678901234567890}""")]
    [InlineData("x: 0x1F", """{"x":31}""")]
    [InlineData("x: 0o17", """{"x":15}""")]
    [InlineData("x: 1.50", """{"x":1.5}""")]
    [InlineData("x: 1e3", """{"x":1000}""")]
    [InlineData("x: .5", """{"x":0.5}""")]
    [InlineData("x: 1e21", """{"x":1E+21}""")]
    [InlineData("x: 2027-01-01T00:00:00Z", """{"x":"2027-01-01T00:00:00Z"}""")] // no timestamp type in 1.2
    [InlineData("x: 0x", """{"x":"0x"}""")]
    [InlineData("x: 1_000", """{"x":"1_000"}""")]
    // Quoted and block scalars are strings, whatever they look like.
    [InlineData("x: \"5\"", """{"x":"5"}""")]
    [InlineData("x: 'true'", """{"x":"true"}""")]
    [InlineData("x: ''", """{"x":""}""")]
    [InlineData("x: \"null\"", """{"x":"null"}""")]
    [InlineData("x: |\n    a\n    b", "{\"x\":\"a\\nb\\n\"}")]
    [InlineData("x: >-\n    a\n    b", """{"x":"a b"}""")]
    // RFC 8785 string escapes; everything else is written as itself.
    [InlineData("x: \"q\\\"b\\\\s\\t\\n\\r\\b\\f\"", """{"x":"q\"b\\s\t\n\r\b\f"}""")]
    [InlineData("x: \"\\x01\\x1f\\x7f\"", "{\"x\":\"\\u0001\\u001f\u007f\"}")]
    [InlineData("x: \"é日😀\\u2028/\"", "{\"x\":\"é日😀\u2028/\"}")]
    [InlineData("x: <script>&'", """{"x":"<script>&'"}""")]
    // Collections; keys sorted ordinally at every level.
    [InlineData("x: [1, \"a\", [], {}]", """{"x":[1,"a",[],{}]}""")]
    [InlineData("b: 1\n  a: {d: 1, c: 2}", """{"a":{"c":2,"d":1},"b":1}""")]
    [InlineData("a: 1\n  B: 2\n  _: 3", """{"B":2,"_":3,"a":1}""")]
    [InlineData("'5': 1\n  \"4\": 2\n  10: 3", """{"10":3,"4":2,"5":1}""")]
    [InlineData("x: {null: 1}", """{"x":{"null":1}}""")]
    public void CanonicalBytes_Value_HasDefinedForm(string specBody, string expected)
    {
        Assert.Equal(expected, Canonical("  " + specBody + "\n"));
    }

    [Fact]
    public void CanonicalBytes_NonAsciiKeys_SortByUtf16CodeUnits()
    {
        // U+FF5A (fullwidth z) sorts after the surrogate pair of U+1F600 in UTF-16, before it in UTF-8.
        Assert.Equal("{\"é\":1,\"😀\":2,\"ｚ\":3}", Canonical("  ｚ: 3\n  😀: 2\n  é: 1\n"));
    }

    [Fact]
    public void CanonicalBytes_SpecSignature_IsLeftOutButNestedSignatureKeysAreNot()
    {
        Assert.Equal("""{"a":{"signature":"y"}}""", Canonical("  signature: x\n  a: {signature: y}\n"));
    }

    [Fact]
    public void CanonicalBytes_OutsideSpec_IsNotCovered()
    {
        var first = LicenseDocument.CanonicalBytes("apiVersion: kots.io/v1beta1\nkind: License\nmetadata: {name: a}\nspec: {x: 1}\n");
        var second = LicenseDocument.CanonicalBytes("apiVersion: kots.io/v1beta1\nkind: License\nmetadata: {name: b, labels: {c: d}}\nspec: {x: 1}\nstatus: {}\n");

        Assert.Equal(first.Value, second.Value);
    }

    [Fact]
    public void CanonicalBytes_Always_AreUtf8WithoutBom()
    {
        var bytes = LicenseDocument.CanonicalBytes(TestLicenses.WithSpec("  x: é\n")).Value!;

        Assert.Equal("{\"x\":\"é\"}"u8.ToArray(), bytes);
    }
}
