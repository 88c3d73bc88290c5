using static Wharf.Oci.Tests.TestDigests;

namespace Wharf.Oci.Tests;

public class ManifestReferenceTests
{
    public static TheoryData<string> Tags => new()
    {
        "latest", "1", "v1.0.1", "1.25.3-alpine", "_", "_private", "A", "UPPER_case.tag-1", new string('a', 128), "sha256",
    };

    public static TheoryData<string> Digests => new() { EmptySha256, EmptySha512, AbcSha256, AbcSha512 };

    /// <summary>reference, expected error code.</summary>
    public static TheoryData<string, string> Bad => new()
    {
        { "", "TAG_INVALID" },
        { ".latest", "TAG_INVALID" },
        { "-latest", "TAG_INVALID" },
        { "tag with space", "TAG_INVALID" },
        { "tag!", "TAG_INVALID" },
        { "tag/x", "TAG_INVALID" },
        { new string('a', 129), "TAG_INVALID" },
        { "é", "TAG_INVALID" },
        { "sha256:abc", "DIGEST_INVALID" },
        { "sha256:" + EmptySha256Hex.ToUpperInvariant(), "DIGEST_INVALID" },
        { "md5:" + new string('a', 32), "DIGEST_INVALID" },
        { "a:b", "DIGEST_INVALID" },
        { ":", "DIGEST_INVALID" },
        { EmptySha256 + "x", "DIGEST_INVALID" },
    };

    [Theory]
    [MemberData(nameof(Tags))]
    public void TryParse_Tag_ReturnsTag(string reference)
    {
        Assert.True(ManifestReference.TryParse(reference, out var r, out var error));
        Assert.Null(error);
        Assert.False(r.IsDigest);
        Assert.Equal(reference, r.Tag);
        Assert.Null(r.Digest);
        Assert.Equal(reference, r.ToString());
    }

    [Theory]
    [MemberData(nameof(Digests))]
    public void TryParse_Digest_ReturnsDigest(string reference)
    {
        Assert.True(ManifestReference.TryParse(reference, out var r, out _));
        Assert.True(r.IsDigest);
        Assert.Equal(reference, r.Digest.Value.ToString());
        Assert.Null(r.Tag);
        Assert.Equal(reference, r.ToString());
    }

    [Theory]
    [MemberData(nameof(Bad))]
    public void TryParse_Invalid_ReturnsCode(string reference, string code)
    {
        Assert.False(ManifestReference.TryParse(reference, out _, out var error));
        Assert.Equal(code, error.Code.Code);
        Assert.Equal(400, error.HttpStatus);
    }

    [Fact]
    public void TryParse_Null_TagInvalid()
    {
        Assert.False(ManifestReference.TryParse(null, out _, out var error));
        Assert.Same(OciErrorCode.TagInvalid, error.Code);
    }
}
