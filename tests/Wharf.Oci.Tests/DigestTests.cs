using System.Security.Cryptography;
using System.Text;
using static Wharf.Oci.Tests.TestDigests;

namespace Wharf.Oci.Tests;

public class DigestTests
{
    public static TheoryData<string, string, string> Valid => new()
    {
        { EmptySha256, "sha256", EmptySha256Hex },
        { EmptySha512, "sha512", EmptySha512Hex },
        { AbcSha256, "sha256", AbcSha256[7..] },
        { AbcSha512, "sha512", AbcSha512[7..] },
        { "sha256:" + new string('0', 64), "sha256", new string('0', 64) },
        { "sha256:" + new string('f', 64), "sha256", new string('f', 64) },
        { "sha512:" + new string('a', 128), "sha512", new string('a', 128) },
        { "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "sha256", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" },
    };

    public static TheoryData<string> Invalid => new()
    {
        "",
        "sha256",
        "sha256:",
        "sha512:",
        ":" + EmptySha256Hex,
        EmptySha256Hex,
        "sha256:" + EmptySha256Hex[..63],
        "sha256:" + EmptySha256Hex + "0",
        "sha256:" + EmptySha256Hex.ToUpperInvariant(),
        "sha256:E" + EmptySha256Hex[1..],
        "SHA256:" + EmptySha256Hex,
        "Sha256:" + EmptySha256Hex,
        "sha384:" + new string('a', 96),
        "md5:" + new string('a', 32),
        "sha1:" + new string('a', 40),
        "sha512:" + EmptySha256Hex,
        "sha256:" + EmptySha512Hex,
        "sha512:" + EmptySha512Hex[..127],
        " " + EmptySha256,
        EmptySha256 + " ",
        EmptySha256 + "\n",
        "sha256:g" + EmptySha256Hex[1..],
        "sha256-" + EmptySha256Hex,
        "sha256::" + EmptySha256Hex[1..],
        "sha256+b64:" + EmptySha256Hex,
        "sha256:" + new string('-', 64),
    };

    public static TheoryData<string, string> Computed => new()
    {
        { "", EmptySha256 },
        { "abc", AbcSha256 },
        { "hello world", HelloWorldSha256 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void TryParse_Valid_ReturnsParts(string s, string algorithm, string hex)
    {
        Assert.True(Digest.TryParse(s, out var d));
        Assert.Equal(algorithm, d.Algorithm);
        Assert.Equal(hex, d.Hex);
        Assert.Equal(s, d.ToString());
        Assert.Equal(d, Digest.Parse(s));
        Assert.True(Digest.TryParse(s.AsSpan(), out var fromSpan));
        Assert.Equal(d, fromSpan);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void TryParse_Invalid_ReturnsFalse(string s)
    {
        Assert.False(Digest.TryParse(s, out var d));
        Assert.Equal(default, d);
        Assert.False(Digest.TryParse(s.AsSpan(), out _));
        Assert.Throws<FormatException>(() => Digest.Parse(s));
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => Assert.False(Digest.TryParse((string?)null, out _));

    [Theory]
    [MemberData(nameof(Computed))]
    public void ComputeSha256_Content_MatchesKnownDigest(string content, string expected)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        Assert.Equal(expected, Digest.ComputeSha256(bytes).ToString());
        Assert.True(Digest.Parse(expected).Matches(SHA256.HashData(bytes)));
    }

    [Theory]
    [InlineData(AbcSha256)]
    [InlineData(AbcSha512)]
    public void CreateHasher_IncrementalContent_Matches(string digest)
    {
        var d = Digest.Parse(digest);
        using var hasher = d.CreateHasher();
        hasher.AppendData("a"u8);
        hasher.AppendData("bc"u8);
        Assert.True(d.Matches(hasher.GetHashAndReset()));
        hasher.AppendData("abd"u8);
        Assert.False(d.Matches(hasher.GetHashAndReset()));
    }

    [Fact]
    public void Matches_WrongLengthOrDefault_ReturnsFalse()
    {
        var sha512 = SHA512.HashData("abc"u8);
        Assert.False(Digest.Parse(AbcSha256).Matches(sha512));
        Assert.False(Digest.Parse(AbcSha256).Matches([]));
        Assert.False(default(Digest).Matches(SHA256.HashData("abc"u8)));
        Assert.True(Digest.Parse(AbcSha512).Matches(sha512));
    }

    [Fact]
    public void CreateHasher_Default_Throws() => Assert.Throws<InvalidOperationException>(() => default(Digest).CreateHasher());

    [Fact]
    public void FromHash_BadLengthOrAlgorithm_Throws()
    {
        Assert.Throws<ArgumentException>(() => Digest.FromHash("sha256", new byte[31]));
        Assert.Throws<ArgumentException>(() => Digest.FromHash("md5", new byte[16]));
        Assert.Equal(EmptySha512, Digest.FromHash("sha512", SHA512.HashData([])).ToString());
    }

    [Fact]
    public void Equality_SameString_Equal()
    {
        Assert.Equal(Digest.Parse(AbcSha256), Digest.ComputeSha256("abc"u8));
        Assert.NotEqual(Digest.Parse(AbcSha256), Digest.Parse(EmptySha256));
        Assert.Equal("", default(Digest).ToString());
    }
}
