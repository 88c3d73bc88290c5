using static Wharf.Oci.Tests.TestDigests;

namespace Wharf.Oci.Tests;

public class DistributionRouteTests
{
    /// <summary>path after /v2/, kind, repository, reference.</summary>
    public static TheoryData<string, DistributionRouteKind, string, string?> Good => new()
    {
        { "proxy/app/nginx/manifests/latest", DistributionRouteKind.Manifest, "proxy/app/nginx", "latest" },
        { "proxy/app/quay.io/org/api/manifests/v1.0.1", DistributionRouteKind.Manifest, "proxy/app/quay.io/org/api", "v1.0.1" },
        { "proxy/app/nginx/manifests/" + EmptySha256, DistributionRouteKind.Manifest, "proxy/app/nginx", EmptySha256 },
        { "proxy/app/127.0.0.1_5001/org/api/manifests/v1", DistributionRouteKind.Manifest, "proxy/app/127.0.0.1_5001/org/api", "v1" },
        { "proxy/app/nginx/blobs/" + EmptySha256, DistributionRouteKind.Blob, "proxy/app/nginx", EmptySha256 },
        { "proxy/app/nginx/blobs/" + EmptySha512, DistributionRouteKind.Blob, "proxy/app/nginx", EmptySha512 },
        { "proxy/app/nginx/tags/list", DistributionRouteKind.TagsList, "proxy/app/nginx", null },
        { "proxy/app/nginx/referrers/" + EmptySha256, DistributionRouteKind.Referrers, "proxy/app/nginx", EmptySha256 },
        { "library/nginx/manifests/1", DistributionRouteKind.Manifest, "library/nginx", "1" },
        { "a/manifests/x", DistributionRouteKind.Manifest, "a", "x" },

        // Names that contain endpoint words: only the trailing segments decide.
        { "a/manifests/manifests/x", DistributionRouteKind.Manifest, "a/manifests", "x" },
        { "a/blobs/manifests/v1", DistributionRouteKind.Manifest, "a/blobs", "v1" },
        { "a/manifests/blobs/" + EmptySha256, DistributionRouteKind.Blob, "a/manifests", EmptySha256 },
        { "a/tags/list/tags/list", DistributionRouteKind.TagsList, "a/tags/list", null },
        { "manifests/manifests/x", DistributionRouteKind.Manifest, "manifests", "x" },
        { "blobs/blobs/" + EmptySha256, DistributionRouteKind.Blob, "blobs", EmptySha256 },
        { "tags/tags/list", DistributionRouteKind.TagsList, "tags", null },
        { "referrers/referrers/" + EmptySha256, DistributionRouteKind.Referrers, "referrers", EmptySha256 },
        { "proxy/app/quay.io/org/manifests/manifests/latest", DistributionRouteKind.Manifest, "proxy/app/quay.io/org/manifests", "latest" },
        { "x/manifests/uploads", DistributionRouteKind.Manifest, "x", "uploads" },
        { "x/manifests/list", DistributionRouteKind.Manifest, "x", "list" },

        // References are not validated here: callers answer DIGEST_INVALID / TAG_INVALID.
        { "a/blobs/not-a-digest", DistributionRouteKind.Blob, "a", "not-a-digest" },
        { "a/referrers/bad", DistributionRouteKind.Referrers, "a", "bad" },
        { "a/manifests/Bad_Tag!", DistributionRouteKind.Manifest, "a", "Bad_Tag!" },
        { "a/b/blobs/uploads", DistributionRouteKind.Blob, "a/b", "uploads" },
        { "Upper/Case/manifests/x", DistributionRouteKind.Manifest, "Upper/Case", "x" },

        // Push side (answered 405 UNSUPPORTED by the server).
        { "a/blobs/uploads/", DistributionRouteKind.BlobUpload, "a", null },
        { "a/blobs/uploads/abc-123", DistributionRouteKind.BlobUpload, "a", "abc-123" },
        { "proxy/app/nginx/blobs/uploads/", DistributionRouteKind.BlobUpload, "proxy/app/nginx", null },
    };

    public static TheoryData<string> Bad => new()
    {
        "",
        "/",
        "nginx",
        "nginx/",
        "manifests/latest",
        "/manifests/latest",
        "nginx/manifests",
        "nginx/manifests/",
        "nginx/blobs/",
        "nginx/referrers/",
        "nginx/tags/",
        "nginx/tags/lists",
        "nginx/tags/list/",
        "nginx/tags/List",
        "tags/list",
        "/tags/list",
        "nginx/foo/bar",
        "nginx/manifest/latest",
        "nginx/blob/" + EmptySha256,
        "nginx/Manifests/latest",
        "nginx/MANIFESTS/latest",
        "nginx/referrer/" + EmptySha256,
        "_catalog",
        "blobs/uploads/",
        "/blobs/uploads/x",
        "nginx/uploads/x",
        "nginx/manifests/latest/",
        "nginx/blobs/" + EmptySha256 + "/",
    };

    [Theory]
    [MemberData(nameof(Good))]
    public void TryParse_Valid_ReturnsRoute(string path, DistributionRouteKind kind, string repository, string? reference)
    {
        Assert.True(DistributionRoute.TryParse(path, out var route));
        Assert.Equal(kind, route.Kind);
        Assert.Equal(repository, route.Repository);
        Assert.Equal(reference, route.Reference);
        Assert.Equal(path.TrimEnd('/'), route.ToString().TrimEnd('/'));
    }

    [Theory]
    [MemberData(nameof(Bad))]
    public void TryParse_Invalid_ReturnsFalse(string path)
    {
        Assert.False(DistributionRoute.TryParse(path, out var route));
        Assert.Equal(default, route);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => Assert.False(DistributionRoute.TryParse(null, out _));

    [Theory]
    [InlineData("proxy/app/nginx/blobs/" + EmptySha256, true)]
    [InlineData("proxy/app/nginx/blobs/sha256:abc", false)]
    [InlineData("proxy/app/nginx/referrers/SHA256:" + EmptySha256Hex, false)]
    public void TryParse_BlobReference_CallerValidatesDigest(string path, bool validDigest)
    {
        Assert.True(DistributionRoute.TryParse(path, out var route));
        Assert.Equal(validDigest, Digest.TryParse(route.Reference, out _));
    }
}
