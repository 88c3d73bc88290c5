using Wharf.Installer.Kustomize;

namespace Wharf.Installer.Tests;

/// <summary>kustomize's image name matching and splitting, reproduced (api/image in kustomize).</summary>
public class KustomizeImagesTests
{
    [Theory]
    [InlineData("nginx", "", "", "nginx")]
    [InlineData("nginx:1.25", "1.25", "", "nginx")]
    [InlineData("nginx@sha256:abc", "", "sha256:abc", "nginx")]
    [InlineData("nginx:1@sha256:abc", "1", "sha256:abc", "nginx")]
    [InlineData("reg:5000/ns/img", "", "", "reg:5000/ns/img")]
    [InlineData("reg:5000/ns/img:t", "t", "", "reg:5000/ns/img")]
    [InlineData("reg:5000/ns/img@sha256:abc", "", "sha256:abc", "reg:5000/ns/img")]
    public void Split_Image_NameTagDigest(string image, string tag, string digest, string name)
    {
        Assert.Equal((name, tag, digest), KustomizeImages.Split(image));
    }

    [Theory]
    [InlineData("nginx:1", "nginx", true)]
    [InlineData("nginx", "nginx", true)]
    [InlineData("nginx-extra:1", "nginx", false)]
    [InlineData("my/nginx:1", "nginx", false)]
    [InlineData("quayXio/org/api:1", "quay.io/org/api", true)]
    [InlineData("quay.io/org/api@sha256:abc", "quay.io/org/api", true)]
    [InlineData("quay.io/org/api:1@sha256:abc", "quay.io/org/api", true)]
    [InlineData("quay.io/org/api@sha512:abc", "quay.io/org/api", false)]
    [InlineData("quay.io/org/api:1\n", "quay.io/org/api", false)]
    public void Matches_ValueAndName_AsKustomize(string value, string name, bool expected)
    {
        Assert.Equal(expected, KustomizeImages.Matches(value, name));
    }

    [Fact]
    public void Apply_Entries_KeepTagAndDigest()
    {
        KustomizeImage[] entries = [new("nginx", "p.io/proxy/app/nginx"), new("reg:5000/x", "p.io/proxy/app/reg_5000/x")];

        Assert.Equal("p.io/proxy/app/nginx:1@sha256:abc", KustomizeImages.Apply("nginx:1@sha256:abc", entries));
        Assert.Equal("p.io/proxy/app/reg_5000/x:2", KustomizeImages.Apply("reg:5000/x:2", entries));
        Assert.Equal("other:1", KustomizeImages.Apply("other:1", entries));
    }
}
