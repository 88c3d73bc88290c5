namespace Wharf.Oci.Tests;

public class ProxyRepositoryTests
{
    private static readonly string[] HubAliases = ["docker.io", "index.docker.io", "registry-1.docker.io"];

    /// <summary>name, app, host, host name, port, repository.</summary>
    public static TheoryData<string, string, string, string, int?, string> HostNames => new()
    {
        { "proxy/app/quay.io/org/api", "app", "quay.io", "quay.io", null, "org/api" },
        { "proxy/my-app/quay.io/my-org/api", "my-app", "quay.io", "quay.io", null, "my-org/api" },
        { "proxy/app/quay.io/org/manifests", "app", "quay.io", "quay.io", null, "org/manifests" },
        { "proxy/app/quay.io/nginx", "app", "quay.io", "quay.io", null, "nginx" },
        { "proxy/app/ghcr.io/owner/repo/sub", "app", "ghcr.io", "ghcr.io", null, "owner/repo/sub" },
        { "proxy/app/123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app", "app", "123456789012.dkr.ecr.us-east-1.amazonaws.com", "123456789012.dkr.ecr.us-east-1.amazonaws.com", null, "team/app" },
        { "proxy/app/us-docker.pkg.dev/p/r/img", "app", "us-docker.pkg.dev", "us-docker.pkg.dev", null, "p/r/img" },
        { "proxy/a1/quay.io/x", "a1", "quay.io", "quay.io", null, "x" },
        { "proxy/a-b-c/quay.io/x", "a-b-c", "quay.io", "quay.io", null, "x" },
        { "proxy/0/quay.io/x", "0", "quay.io", "quay.io", null, "x" },
        { "proxy/app/10.0.0.1/x", "app", "10.0.0.1", "10.0.0.1", null, "x" },
        { "proxy/app/localhost/img", "app", "localhost", "localhost", null, "img" },

        // Docker Hub by host: normalised like the image reference parser.
        { "proxy/app/docker.io/nginx", "app", "docker.io", "docker.io", null, "library/nginx" },
        { "proxy/app/docker.io/library/nginx", "app", "docker.io", "docker.io", null, "library/nginx" },
        { "proxy/app/docker.io/acme/api", "app", "docker.io", "docker.io", null, "acme/api" },
        { "proxy/app/index.docker.io/nginx", "app", "docker.io", "docker.io", null, "library/nginx" },
        { "proxy/app/registry-1.docker.io/acme/api", "app", "docker.io", "docker.io", null, "acme/api" },

        // HOST_PORT (SPEC §2.1) and HOST:PORT.
        { "proxy/app/127.0.0.1_5001/org/api", "app", "127.0.0.1:5001", "127.0.0.1", 5001, "org/api" },
        { "proxy/my-app/127.0.0.1_5001/my-org/api", "my-app", "127.0.0.1:5001", "127.0.0.1", 5001, "my-org/api" },
        { "proxy/app/registry.example.org_5443/ns/img", "app", "registry.example.org:5443", "registry.example.org", 5443, "ns/img" },
        { "proxy/app/localhost_5000/img", "app", "localhost:5000", "localhost", 5000, "img" },
        { "proxy/app/reg.io_1/x", "app", "reg.io:1", "reg.io", 1, "x" },
        { "proxy/app/reg.io_65535/x", "app", "reg.io:65535", "reg.io", 65535, "x" },
        { "proxy/app/reg.io_05000/x", "app", "reg.io:5000", "reg.io", 5000, "x" },
        { "proxy/app/localhost:5000/img", "app", "localhost:5000", "localhost", 5000, "img" },
        { "proxy/app/reg.example.com:5000/ns/img", "app", "reg.example.com:5000", "reg.example.com", 5000, "ns/img" },
        { "proxy/app/reg:5000/img", "app", "reg:5000", "reg", 5000, "img" },
        { "proxy/app/127.0.0.1:5001/org/api", "app", "127.0.0.1:5001", "127.0.0.1", 5001, "org/api" },
    };

    /// <summary>name, app, first segment, slug repository, Docker Hub repository.</summary>
    public static TheoryData<string, string, string, string, string> SlugNames => new()
    {
        { "proxy/app/nginx", "app", "nginx", "", "library/nginx" },
        { "proxy/my-app/nginx", "my-app", "nginx", "", "library/nginx" },
        { "proxy/app/library/nginx", "app", "library", "nginx", "library/nginx" },
        { "proxy/app/myslug/img", "app", "myslug", "img", "myslug/img" },
        { "proxy/app/acme/api", "app", "acme", "api", "acme/api" },
        { "proxy/app/myslug/org/img", "app", "myslug", "org/img", "myslug/org/img" },
        { "proxy/app/my_slug/img", "app", "my_slug", "img", "my_slug/img" },
        { "proxy/app/myreg_5000/img", "app", "myreg_5000", "img", "myreg_5000/img" },
        { "proxy/app/my-registry/x", "app", "my-registry", "x", "my-registry/x" },
        { "proxy/app/a/b/c/d", "app", "a", "b/c/d", "a/b/c/d" },
        { "proxy/app/0/1", "app", "0", "1", "0/1" },
        { "proxy/app/proxy", "app", "proxy", "", "library/proxy" },
        { "proxy/app/proxy/app/nginx", "app", "proxy", "app/nginx", "proxy/app/nginx" },
        { "proxy/app/manifests/blobs", "app", "manifests", "blobs", "manifests/blobs" },
        { "proxy/app/a--b/c__d", "app", "a--b", "c__d", "a--b/c__d" },
    };

    /// <summary>name, a fragment of the error message.</summary>
    public static TheoryData<string, string> Bad => new()
    {
        { "", "empty" },
        { "proxy", "must start with proxy/APP_SLUG/" },
        { "proxy/", "must start with proxy/APP_SLUG/" },
        { "foo/app/x", "must start with proxy/APP_SLUG/" },
        { "Proxy/app/x", "must start with proxy/APP_SLUG/" },
        { "/proxy/app/x", "must start with proxy/APP_SLUG/" },
        { "proxies/app/x", "must start with proxy/APP_SLUG/" },
        { "nginx", "must start with proxy/APP_SLUG/" },
        { "proxy//x", "must start with proxy/APP_SLUG/" },
        { "proxy/App/x", "app slug 'App'" },
        { "proxy/-app/x", "app slug" },
        { "proxy/app-/x", "app slug" },
        { "proxy/a--b/x", "app slug" },
        { "proxy/a_b/x", "app slug" },
        { "proxy/a.b/x", "app slug" },
        { "proxy/app", "image path is missing" },
        { "proxy/app/", "image path is missing" },
        { "proxy/app/Nginx", "lower case" },
        { "proxy/app/NGINX", "lower case" },
        { "proxy/app/quay.io/Org/api", "lower case" },
        { "proxy/app/Quay.io/org", "lower case" },
        { "proxy/app/myslug/Img", "lower case" },
        { "proxy/app/..", "'..' is not allowed" },
        { "proxy/app/../x", "'..' is not allowed" },
        { "proxy/app/quay.io/../x", "'..' is not allowed" },
        { "proxy/app/quay.io/org/..", "'..' is not allowed" },
        { "proxy/app/./x", "'.' is not allowed" },
        { "proxy/app/nginx/.", "'.' is not allowed" },
        { "proxy/app//x", "empty path component" },
        { "proxy/app/quay.io//x", "empty path component" },
        { "proxy/app/quay.io/x/", "empty path component" },
        { "proxy/app/nginx/", "empty path component" },
        { "proxy/app/quay.io/", "empty path component" },
        { "proxy/app/quay.io", "no repository" },
        { "proxy/app/localhost", "no repository" },
        { "proxy/app/127.0.0.1_5001", "no repository" },
        { "proxy/app/nginx:1", "no repository" },
        { "proxy/app/docker.io", "no repository" },
        { "proxy/app/reg.io_99999/x", "invalid port" },
        { "proxy/app/reg.io_0/x", "invalid port" },
        { "proxy/app/localhost_0/x", "invalid port" },
        { "proxy/app/reg.io:99999/x", "invalid port" },
        { "proxy/app/reg.io:0/x", "invalid port" },
        { "proxy/app/reg.io:/x", "invalid port" },
        { "proxy/app/reg.io:abc/x", "invalid port" },
        { "proxy/app/reg.io:123456/x", "invalid port" },
        { "proxy/app/:5000/x", "not a valid HOST:PORT" },
        { "proxy/app/re_g.io:5000/x", "not a valid HOST:PORT" },
        { "proxy/app/[::1]:5000/x", "not a valid HOST:PORT" },
        { "proxy/app/-reg.io_5000/x", "not a valid HOST_PORT" },
        { "proxy/app/re_g.io/x", "not a valid host name" },
        { "proxy/app/reg.io_123456/x", "not a valid host name" },
        { "proxy/app/reg.io_/x", "not a valid host name" },
        { "proxy/app/-reg.io/x", "not a valid host name" },
        { "proxy/app/reg..io/x", "not a valid host name" },
        { "proxy/app/reg.io./x", "not a valid host name" },
        { "proxy/app/.reg.io/x", "not a valid host name" },
        { "proxy/app/quay.io/a..b", "is invalid" },
        { "proxy/app/quay.io/-a", "is invalid" },
        { "proxy/app/ngi nx", "is invalid" },
        { "proxy/app/-x", "is invalid" },
        { "proxy/app/x-", "is invalid" },
        { "proxy/app/a@b", "is invalid" },
        { "proxy/app/a___b", "is invalid" },
        { "proxy/app/myslug/a+b", "is invalid" },
        { "proxy/app/quay.io/org/api@" + TestDigests.EmptySha256, "is invalid" },
        { "proxy/app/" + new string('a', 246), "255" },
    };

    [Theory]
    [MemberData(nameof(HostNames))]
    public void TryParse_HostUpstream_ReturnsHostAndRepository(string name, string app, string host, string hostName, int? port, string repository)
    {
        Assert.True(ProxyRepository.TryParse(name, out var r, out var error), error?.Message);
        Assert.Null(error);
        Assert.Equal(name, r.Name);
        Assert.Equal(app, r.App);
        Assert.Equal(name[("proxy/" + app + "/").Length..], r.UpstreamPath);
        Assert.Equal(UpstreamKind.Host, r.Kind);
        Assert.True(r.IsHost);
        Assert.Equal(host, r.Host);
        Assert.Equal(hostName, r.HostName);
        Assert.Equal(port, r.Port);
        Assert.Equal(repository, r.Repository);
        Assert.Equal(r.UpstreamPath.Split('/')[0], r.FirstSegment);
        Assert.Null(r.SlugRepository);
        Assert.Null(r.DockerHubRepository);
    }

    [Theory]
    [MemberData(nameof(SlugNames))]
    public void TryParse_SlugOrDockerHub_ReturnsBothReadings(string name, string app, string first, string slugRepository, string hubRepository)
    {
        Assert.True(ProxyRepository.TryParse(name, out var r, out var error), error?.Message);
        Assert.Equal(app, r.App);
        Assert.Equal(UpstreamKind.SlugOrDockerHub, r.Kind);
        Assert.False(r.IsHost);
        Assert.Equal(first, r.FirstSegment);
        Assert.Equal(slugRepository, r.SlugRepository);
        Assert.Equal(hubRepository, r.DockerHubRepository);
        Assert.Null(r.Host);
        Assert.Null(r.Repository);
        Assert.Equal(name, r.ToString());
    }

    [Theory]
    [MemberData(nameof(Bad))]
    public void TryParse_Invalid_ReturnsNameInvalid(string name, string fragment)
    {
        Assert.False(ProxyRepository.TryParse(name, out var r, out var error));
        Assert.Null(r);
        Assert.Same(OciErrorCode.NameInvalid, error.Code);
        Assert.Equal(400, error.HttpStatus);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Null_ReturnsNameInvalid()
    {
        Assert.False(ProxyRepository.TryParse(null, out _, out var error));
        Assert.Same(OciErrorCode.NameInvalid, error.Code);
    }

    [Fact]
    public void TryParse_MaxLength_Accepted()
    {
        var name = "proxy/app/" + new string('a', 245);
        Assert.Equal(255, name.Length);
        Assert.True(ProxyRepository.TryParse(name, out _, out _));
    }

    [Theory]
    [MemberData(nameof(ImageReferenceTests.Good), MemberType = typeof(ImageReferenceTests))]
    public void TryParse_InstallerRewrite_ReachesSameImage(string image, string registry, string repository, string? tag, string? digest, string untagged)
    {
        // Installers write proxy/APP/ + the untagged original, with a port as HOST_PORT (SPEC §3.3).
        _ = (tag, digest, untagged);
        var reference = ImageReference.Parse(image);
        var first = reference.Untagged.Split('/')[0];
        var hubNameLooksLikeHost = reference.IsDockerHub && !HubAliases.Contains(first)
            && (first.Contains('.', StringComparison.Ordinal) || first == "localhost");
        if (reference.RegistryHost.StartsWith('[') || reference.Untagged.Any(char.IsAsciiLetterUpper)
            || reference.Untagged.Length + 10 > 255 || hubNameLooksLikeHost
            || (!reference.IsDockerHub && !reference.RegistryHost.Contains('.', StringComparison.Ordinal) && reference.RegistryHost != "localhost"))
        {
            // Not expressible as proxy/APP/UNTAGGED: IPv6 or upper-case hosts, dot-less hosts with a port
            // (HOST_PORT needs a '.'), and Hub names like "my.image" that read as a host (Docker Hub forbids dots).
            return;
        }

        var untaggedPath = reference.RegistryPort is { } port
            ? reference.Untagged.Replace(reference.Registry, reference.RegistryHost + "_" + port, StringComparison.Ordinal)
            : reference.Untagged;
        Assert.True(ProxyRepository.TryParse("proxy/app/" + untaggedPath, out var r, out var error), error?.Message);
        if (r.IsHost)
        {
            Assert.Equal(registry, r.Host);
            Assert.Equal(repository, r.Repository);
        }
        else
        {
            Assert.Equal("docker.io", registry);
            Assert.Equal(repository, r.DockerHubRepository);
        }
    }
}
