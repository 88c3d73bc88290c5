using static Wharf.Oci.Tests.TestDigests;

namespace Wharf.Oci.Tests;

public class ImageReferenceTests
{
    private static readonly string Tag128 = "t" + new string('x', 127);

    /// <summary>input, registry, repository, tag, digest, untagged.</summary>
    public static TheoryData<string, string, string, string?, string?, string> Good => new()
    {
        // Docker Hub spellings (SPEC §3.3 lists them all).
        { "nginx", "docker.io", "library/nginx", null, null, "nginx" },
        { "nginx:1", "docker.io", "library/nginx", "1", null, "nginx" },
        { "nginx:latest", "docker.io", "library/nginx", "latest", null, "nginx" },
        { "nginx:1.25.3-alpine", "docker.io", "library/nginx", "1.25.3-alpine", null, "nginx" },
        { "library/nginx", "docker.io", "library/nginx", null, null, "library/nginx" },
        { "library/nginx:1", "docker.io", "library/nginx", "1", null, "library/nginx" },
        { "docker.io/nginx", "docker.io", "library/nginx", null, null, "docker.io/nginx" },
        { "docker.io/library/nginx:1", "docker.io", "library/nginx", "1", null, "docker.io/library/nginx" },
        { "index.docker.io/nginx", "docker.io", "library/nginx", null, null, "index.docker.io/nginx" },
        { "registry-1.docker.io/acme/api:v2", "docker.io", "acme/api", "v2", null, "registry-1.docker.io/acme/api" },
        { "DOCKER.IO/nginx", "docker.io", "library/nginx", null, null, "DOCKER.IO/nginx" },
        { "acme/api", "docker.io", "acme/api", null, null, "acme/api" },
        { "acme/api:v1.0.1", "docker.io", "acme/api", "v1.0.1", null, "acme/api" },
        { "docker.io/acme/api", "docker.io", "acme/api", null, null, "docker.io/acme/api" },
        { "a/b/c/d/e", "docker.io", "a/b/c/d/e", null, null, "a/b/c/d/e" },
        { "quay.io", "docker.io", "library/quay.io", null, null, "quay.io" },
        { "localhost:5000", "docker.io", "library/localhost", "5000", null, "localhost" },
        { EmptySha256Hex + ":1", "docker.io", "library/" + EmptySha256Hex, "1", null, EmptySha256Hex },

        // Component grammar: [a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*
        { "my_image", "docker.io", "library/my_image", null, null, "my_image" },
        { "my__image", "docker.io", "library/my__image", null, null, "my__image" },
        { "my-image", "docker.io", "library/my-image", null, null, "my-image" },
        { "my---image", "docker.io", "library/my---image", null, null, "my---image" },
        { "my.image", "docker.io", "library/my.image", null, null, "my.image" },
        { "a", "docker.io", "library/a", null, null, "a" },
        { "0", "docker.io", "library/0", null, null, "0" },
        { "a1.b2_c3__d4-e5", "docker.io", "library/a1.b2_c3__d4-e5", null, null, "a1.b2_c3__d4-e5" },

        // Tags.
        { "nginx:_tag", "docker.io", "library/nginx", "_tag", null, "nginx" },
        { "nginx:A-Z.tag_1", "docker.io", "library/nginx", "A-Z.tag_1", null, "nginx" },
        { "nginx:" + Tag128, "docker.io", "library/nginx", Tag128, null, "nginx" },
        { "nginx:1.0__rc--2", "docker.io", "library/nginx", "1.0__rc--2", null, "nginx" },

        // Other registries.
        { "quay.io/my-org/api:v1.0.1", "quay.io", "my-org/api", "v1.0.1", null, "quay.io/my-org/api" },
        { "quay.io/my-org/api", "quay.io", "my-org/api", null, null, "quay.io/my-org/api" },
        { "quay.io/nginx", "quay.io", "nginx", null, null, "quay.io/nginx" },
        { "quay.io/library/nginx", "quay.io", "library/nginx", null, null, "quay.io/library/nginx" },
        { "ghcr.io/owner/repo/sub/image:tag", "ghcr.io", "owner/repo/sub/image", "tag", null, "ghcr.io/owner/repo/sub/image" },
        { "gcr.io/google-containers/pause:3.9", "gcr.io", "google-containers/pause", "3.9", null, "gcr.io/google-containers/pause" },
        { "us-docker.pkg.dev/project/repo/image:tag", "us-docker.pkg.dev", "project/repo/image", "tag", null, "us-docker.pkg.dev/project/repo/image" },
        { "123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app:1", "123456789012.dkr.ecr.us-east-1.amazonaws.com", "team/app", "1", null, "123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app" },
        { "myregistry.azurecr.io/app:2024.01.01", "myregistry.azurecr.io", "app", "2024.01.01", null, "myregistry.azurecr.io/app" },
        { "example.com/library/nginx", "example.com", "library/nginx", null, null, "example.com/library/nginx" },
        { "reg-with-dash.example.com/a", "reg-with-dash.example.com", "a", null, null, "reg-with-dash.example.com/a" },
        { "xn--bcher-kva.example/img", "xn--bcher-kva.example", "img", null, null, "xn--bcher-kva.example/img" },
        { "UPPER.example.com/x", "UPPER.example.com", "x", null, null, "UPPER.example.com/x" },
        { "Foo/bar", "Foo", "bar", null, null, "Foo/bar" },

        // Ports, localhost, IP addresses.
        { "reg.example.com:5000/ns/img:t", "reg.example.com:5000", "ns/img", "t", null, "reg.example.com:5000/ns/img" },
        { "registry.example.org:5443/ns/img", "registry.example.org:5443", "ns/img", null, null, "registry.example.org:5443/ns/img" },
        { "quay.io:443/org/api", "quay.io:443", "org/api", null, null, "quay.io:443/org/api" },
        { "sub.domain.example.com:1/x", "sub.domain.example.com:1", "x", null, null, "sub.domain.example.com:1/x" },
        { "localhost:5000/img", "localhost:5000", "img", null, null, "localhost:5000/img" },
        { "localhost/img", "localhost", "img", null, null, "localhost/img" },
        { "localhost:5000/a/b:c", "localhost:5000", "a/b", "c", null, "localhost:5000/a/b" },
        { "myreg:5000/img", "myreg:5000", "img", null, null, "myreg:5000/img" },
        { "127.0.0.1:5001/my-org/api:v1", "127.0.0.1:5001", "my-org/api", "v1", null, "127.0.0.1:5001/my-org/api" },
        { "127.0.0.1/x", "127.0.0.1", "x", null, null, "127.0.0.1/x" },
        { "192.168.1.10:5000/team/app:dev", "192.168.1.10:5000", "team/app", "dev", null, "192.168.1.10:5000/team/app" },
        { "[::1]:5000/img:1", "[::1]:5000", "img", "1", null, "[::1]:5000/img" },
        { "[2001:db8::1]:443/ns/img", "[2001:db8::1]:443", "ns/img", null, null, "[2001:db8::1]:443/ns/img" },
        { "[fe80::1]/img", "[fe80::1]", "img", null, null, "[fe80::1]/img" },

        // Digests, with and without a tag.
        { "nginx@" + EmptySha256, "docker.io", "library/nginx", null, EmptySha256, "nginx" },
        { "nginx:1@" + EmptySha256, "docker.io", "library/nginx", "1", EmptySha256, "nginx" },
        { "docker.io/library/nginx@" + EmptySha256, "docker.io", "library/nginx", null, EmptySha256, "docker.io/library/nginx" },
        { "quay.io/org/api:v1@" + EmptySha512, "quay.io", "org/api", "v1", EmptySha512, "quay.io/org/api" },
        { "localhost:5000/img@" + AbcSha256, "localhost:5000", "img", null, AbcSha256, "localhost:5000/img" },
        { "[::1]:5000/img:2@" + AbcSha256, "[::1]:5000", "img", "2", AbcSha256, "[::1]:5000/img" },

        // Length: registry + '/' + repository may be 255 characters, no more.
        { "quay.io/" + new string('a', 247), "quay.io", new string('a', 247), null, null, "quay.io/" + new string('a', 247) },
        { new string('a', 237), "docker.io", "library/" + new string('a', 237), null, null, new string('a', 237) },
    };

    /// <summary>input, a fragment of the error message.</summary>
    public static TheoryData<string, string> Bad => new()
    {
        { "", "empty" },
        { "NGINX", "lower case" },
        { "Nginx:1", "lower case" },
        { "quay.io/Org/api", "lower case" },
        { "acme/API", "lower case" },
        { "nginx:", "tag is empty" },
        { "nginx@", "invalid digest" },
        { "nginx:1@", "invalid digest" },
        { ":tag", "name is empty" },
        { "@" + EmptySha256, "name is empty" },
        { ":1@" + EmptySha256, "name is empty" },
        { "/nginx", "empty path component" },
        { "nginx/", "empty path component" },
        { "a//b", "empty path component" },
        { "quay.io/", "repository name is empty" },
        { "quay.io//api", "empty path component" },
        { "nginx:-tag", "invalid tag" },
        { "nginx:.tag", "invalid tag" },
        { "nginx:tag with space", "invalid tag" },
        { "nginx:t!", "invalid tag" },
        { "nginx:1:2", "invalid tag" },
        { "nginx:" + new string('x', 129), "invalid tag" },
        { "quay.io/org/api:v1 ", "invalid tag" },
        { "nginx@sha256:" + EmptySha256Hex.ToUpperInvariant(), "invalid digest" },
        { "nginx@sha256:short", "invalid digest" },
        { "nginx@md5:" + new string('a', 32), "invalid digest" },
        { "nginx@sha384:" + new string('a', 96), "invalid digest" },
        { "nginx@sha256:" + EmptySha256Hex[..63], "invalid digest" },
        { "nginx@sha256:" + EmptySha256Hex + "0", "invalid digest" },
        { "nginx@sha512:" + EmptySha256Hex, "invalid digest" },
        { "nginx@" + EmptySha256 + "@" + EmptySha256, "invalid digest" },
        { "nginx@" + EmptySha256 + ":1", "invalid digest" },
        { "nginx@" + EmptySha256Hex, "invalid digest" },
        { "a_-b", "is invalid" },
        { "a..b", "is invalid" },
        { "a___b", "is invalid" },
        { "-abc", "is invalid" },
        { "abc-", "is invalid" },
        { "_abc", "is invalid" },
        { "abc.", "is invalid" },
        { ".abc", "is invalid" },
        { "a/../b", "is invalid" },
        { "nginx tag", "is invalid" },
        { "ngin!x", "is invalid" },
        { "quay.io/org/a+b", "is invalid" },
        { "quay.io/org/ä", "is invalid" },
        { "reg:99999/img", "invalid registry" },
        { "reg:0/img", "invalid registry" },
        { "reg:123456/img", "invalid registry" },
        { "reg:abc/img", "invalid registry" },
        { "reg:/img", "invalid registry" },
        { "https://quay.io/org/api", "invalid registry" },
        { "-reg.io/img", "invalid registry" },
        { "reg-.io/img", "invalid registry" },
        { "reg..io/img", "invalid registry" },
        { ".reg.io/img", "invalid registry" },
        { "re_g.io/img", "invalid registry" },
        { "[::1/img", "invalid registry" },
        { "[::g]:5000/img", "invalid registry" },
        { "[::1]x/img", "invalid registry" },
        { "[::1]:/img", "invalid registry" },
        { "[]:5000/img", "invalid registry" },
        { EmptySha256Hex, "64-character hexadecimal" },
        { "quay.io/" + new string('a', 248), "255" },
        { new string('a', 238), "255" },
    };

    /// <summary>input, registry host, registry port.</summary>
    public static TheoryData<string, string, int?> HostPort => new()
    {
        { "nginx", "docker.io", null },
        { "quay.io/a", "quay.io", null },
        { "reg.example.com:5000/a", "reg.example.com", 5000 },
        { "localhost:5000/a", "localhost", 5000 },
        { "localhost/a", "localhost", null },
        { "127.0.0.1:5001/a", "127.0.0.1", 5001 },
        { "[::1]:5000/a", "[::1]", 5000 },
        { "[fe80::1]/a", "[fe80::1]", null },
        { "host.example:65535/a", "host.example", 65535 },
        { "index.docker.io/a", "docker.io", null },
    };

    [Theory]
    [MemberData(nameof(Good))]
    public void TryParse_Valid_ReturnsParts(string s, string registry, string repository, string? tag, string? digest, string untagged)
    {
        Assert.True(ImageReference.TryParse(s, out var r, out var error), error);
        Assert.Equal(s, r.Original);
        Assert.Equal(registry, r.Registry);
        Assert.Equal(repository, r.Repository);
        Assert.Equal(tag, r.Tag);
        Assert.Equal(digest, r.Digest?.ToString());
        Assert.Equal(untagged, r.Untagged);
        Assert.Equal(registry + "/" + repository, r.FullName);
        Assert.Equal(registry == "docker.io", r.IsDockerHub);
        Assert.Equal(s, r.ToString());
    }

    [Theory]
    [MemberData(nameof(Good))]
    public void Parse_UntaggedOfValid_ParsesToSameName(string s, string registry, string repository, string? tag, string? digest, string untagged)
    {
        _ = (tag, digest);
        if (s == "localhost:5000" || s.StartsWith(EmptySha256Hex, StringComparison.Ordinal))
        {
            return; // Their untagged spelling is "localhost" / a bare 64-hex string: different rules.
        }

        var again = ImageReference.Parse(untagged);
        Assert.Equal(registry + "/" + repository, again.FullName);
        Assert.Null(again.Tag);
        Assert.Null(again.Digest);
    }

    [Theory]
    [MemberData(nameof(Bad))]
    public void TryParse_Invalid_ReturnsError(string s, string fragment)
    {
        Assert.False(ImageReference.TryParse(s, out var r, out var error));
        Assert.Null(r);
        Assert.Contains(fragment, error, StringComparison.Ordinal);
        var ex = Assert.Throws<FormatException>(() => ImageReference.Parse(s));
        Assert.Equal(error, ex.Message);
    }

    [Theory]
    [MemberData(nameof(HostPort))]
    public void TryParse_Registry_SplitsHostAndPort(string s, string host, int? port)
    {
        var r = ImageReference.Parse(s);
        Assert.Equal(host, r.RegistryHost);
        Assert.Equal(port, r.RegistryPort);
    }

    [Fact]
    public void TryParse_Null_ReturnsError()
    {
        Assert.False(ImageReference.TryParse(null, out _, out var error));
        Assert.Contains("empty", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nginx", true)]
    [InlineData("library/nginx", true)]
    [InlineData("proxy/my-app/127.0.0.1_5001/org/api", true)]
    [InlineData("a.b_c__d-e---f", true)]
    [InlineData("", false)]
    [InlineData("Nginx", false)]
    [InlineData("quay.io:5000/x", false)]
    [InlineData("a//b", false)]
    [InlineData("/a", false)]
    [InlineData("a/", false)]
    [InlineData("a/../b", false)]
    [InlineData("nginx:1", false)]
    public void IsValidRepositoryName_Table(string name, bool expected) => Assert.Equal(expected, ImageReference.IsValidRepositoryName(name));

    [Theory]
    [InlineData("latest", true)]
    [InlineData("_", true)]
    [InlineData("V1.0.0-RC_1", true)]
    [InlineData("", false)]
    [InlineData(".a", false)]
    [InlineData("-a", false)]
    [InlineData("a:b", false)]
    [InlineData("a/b", false)]
    public void IsValidTag_Table(string tag, bool expected) => Assert.Equal(expected, ImageReference.IsValidTag(tag));

    [Fact]
    public void IsValidTag_Length_128Max()
    {
        Assert.True(ImageReference.IsValidTag(new string('a', 128)));
        Assert.False(ImageReference.IsValidTag(new string('a', 129)));
    }
}
