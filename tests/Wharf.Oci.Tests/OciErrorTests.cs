using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wharf.Oci.Tests;

public class OciErrorTests
{
    /// <summary>wire code, HTTP status (SPEC §2.1, distribution errcode).</summary>
    public static TheoryData<string, int> Codes => new()
    {
        { "UNAUTHORIZED", 401 },
        { "DENIED", 403 },
        { "NAME_UNKNOWN", 404 },
        { "MANIFEST_UNKNOWN", 404 },
        { "BLOB_UNKNOWN", 404 },
        { "BLOB_UPLOAD_UNKNOWN", 404 },
        { "BLOB_UPLOAD_INVALID", 400 },
        { "MANIFEST_BLOB_UNKNOWN", 404 },
        { "NAME_INVALID", 400 },
        { "DIGEST_INVALID", 400 },
        { "TAG_INVALID", 400 },
        { "MANIFEST_INVALID", 400 },
        { "SIZE_INVALID", 400 },
        { "RANGE_INVALID", 416 },
        { "TOOMANYREQUESTS", 429 },
        { "UNSUPPORTED", 405 },
        { "UPSTREAM_UNAVAILABLE", 502 },
        { "UPSTREAM_TIMEOUT", 504 },
        { "UNAVAILABLE", 503 },
    };

    [Theory]
    [MemberData(nameof(Codes))]
    public void TryGet_KnownCode_HasStatus(string code, int status)
    {
        Assert.True(OciErrorCode.TryGet(code, out var c));
        Assert.Equal(code, c.Code);
        Assert.Equal(status, c.HttpStatus);
        Assert.Equal(code, c.ToString());
        Assert.Contains(c, OciErrorCode.All);
        Assert.False(string.IsNullOrEmpty(c.DefaultMessage));
    }

    [Fact]
    public void All_MatchesTable() => Assert.Equal(Codes.Count, OciErrorCode.All.Count);

    [Theory]
    [InlineData("name_invalid")]
    [InlineData("")]
    [InlineData(null)]
    public void TryGet_Unknown_ReturnsFalse(string? code) => Assert.False(OciErrorCode.TryGet(code, out _));

    [Fact]
    public void Serialize_NoDetail_OmitsDetail()
    {
        var json = Encoding.UTF8.GetString(OciErrorWriter.Serialize(new OciError(OciErrorCode.NameInvalid, "repository must start with proxy/APP_SLUG/")));
        Assert.Equal("""{"errors":[{"code":"NAME_INVALID","message":"repository must start with proxy/APP_SLUG/"}]}""", json);
    }

    [Fact]
    public void Serialize_DefaultMessage_UsesCatalogue()
    {
        var json = Encoding.UTF8.GetString(OciErrorWriter.Serialize(new OciError(OciErrorCode.ManifestUnknown)));
        Assert.Equal("""{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}""", json);
    }

    public static TheoryData<object, string> Details => new()
    {
        { "text", "\"text\"" },
        { 42, "42" },
        { 42L, "42" },
        { true, "true" },
        { new Dictionary<string, string> { ["Tag"] = "v1" }, """{"Tag":"v1"}""" },
        { JsonDocument.Parse("""[{"Type":"repository","Name":"proxy/app/x","Action":"pull"}]""").RootElement, """[{"Type":"repository","Name":"proxy/app/x","Action":"pull"}]""" },
        { JsonNode.Parse("""{"a":[1,2]}""")!, """{"a":[1,2]}""" },
        { new SampleDetail("quay.io", 3), """{"Host":"quay.io","Attempts":3}""" },
    };

    [Theory]
    [MemberData(nameof(Details))]
    public void Serialize_Detail_WrittenAsJson(object detail, string expected)
    {
        var json = Encoding.UTF8.GetString(OciErrorWriter.Serialize(new OciError(OciErrorCode.Denied, "no", detail)));
        Assert.Equal("""{"errors":[{"code":"DENIED","message":"no","detail":""" + expected + "}]}", json);
    }

    [Fact]
    public void Serialize_Several_InOrder()
    {
        var json = Encoding.UTF8.GetString(OciErrorWriter.Serialize(
            new OciError(OciErrorCode.Unauthorized, "a"), new OciError(OciErrorCode.Denied, "b")));
        Assert.Equal("""{"errors":[{"code":"UNAUTHORIZED","message":"a"},{"code":"DENIED","message":"b"}]}""", json);
    }

    [Fact]
    public void Serialize_QuotesAndControlChars_EscapedMinimally()
    {
        var json = Encoding.UTF8.GetString(OciErrorWriter.Serialize(new OciError(OciErrorCode.NameInvalid, "app slug 'App' <x> & \"q\"\n")));
        Assert.Equal("""{"errors":[{"code":"NAME_INVALID","message":"app slug 'App' <x> & \"q\"\n"}]}""", json);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("app slug 'App' <x> & \"q\"\n", doc.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public void Serialize_Empty_EmptyArray() => Assert.Equal("""{"errors":[]}""", Encoding.UTF8.GetString(OciErrorWriter.Serialize()));

    [Fact]
    public async Task WriteAsync_Stream_SameBytesAsSerialize()
    {
        OciError[] errors = [new(OciErrorCode.BlobUnknown, "blob unknown", new Dictionary<string, string> { ["digest"] = TestDigests.EmptySha256 })];
        using var stream = new MemoryStream();
        await OciErrorWriter.WriteAsync(stream, errors, CancellationToken.None);
        Assert.Equal(OciErrorWriter.Serialize(errors), stream.ToArray());
    }

    [Fact]
    public void OciError_Properties_FromCode()
    {
        var e = new OciError(OciErrorCode.TooManyRequests);
        Assert.Equal(429, e.HttpStatus);
        Assert.Equal("TOOMANYREQUESTS: too many requests", e.ToString());
        Assert.Null(e.Detail);
    }

    public sealed record SampleDetail(string Host, int Attempts);
}
