using System.Net;

namespace Wharf.Testing.Tests;

/// <summary>The shared fixture's images, as the upstream really serves them.</summary>
[Collection(UpstreamWithImagesFixture.CollectionName)]
public sealed class PushedImagesTests(UpstreamWithImagesFixture upstream)
{
    [Fact]
    public void Single_PushedAsV2s2_HasDockerMediaTypesAndConvertedManifest()
    {
        var image = upstream.Single.Description;
        var layout = upstream.SingleLayout.Description;

        Assert.Equal(ImageMediaTypes.DockerManifest, image.Top.MediaType);
        Assert.Equal(ImageMediaTypes.DockerConfig, image.Image.Config.MediaType);
        Assert.Equal(ImageMediaTypes.DockerLayerGzip, Assert.Single(image.Image.Layers).MediaType);
        Assert.Equal("linux/amd64", image.Image.Platform);

        // The conversion rewrites the manifest (new digest) but keeps the config and layer bytes.
        Assert.NotEqual(layout.Digest, image.Digest);
        Assert.Equal(layout.Image.Config.Digest, image.Image.Config.Digest);
        Assert.Equal(layout.Image.Layers[0].Digest, image.Image.Layers[0].Digest);
    }

    [Fact]
    public void Multi_PushedWithAll_IsOciIndexWithTwoPlatforms()
    {
        var image = upstream.Multi.Description;

        Assert.Equal(ImageMediaTypes.OciIndex, image.Top.MediaType);
        Assert.Equal(upstream.MultiLayout.Description.Digest, image.Digest);
        Assert.Equal(["linux/amd64", "linux/arm64"], image.Manifests.Select(m => m.Platform));
        Assert.NotEqual(image.ForPlatform("linux/amd64").Layers[0].Digest, image.ForPlatform("linux/arm64").Layers[0].Digest);
        Assert.All(image.Manifests, m => Assert.Equal(ImageMediaTypes.OciManifest, m.Manifest.MediaType));
    }

    [Fact]
    public void Layers_PushedAsOci_KeepsLayoutDigests()
    {
        var image = upstream.Layers.Description;

        Assert.Equal(ImageMediaTypes.OciManifest, image.Top.MediaType);
        Assert.Equal(upstream.LayersLayout.Description.Digest, image.Digest);
        Assert.Equal(4, image.Image.Layers.Count);
        Assert.All(image.Image.Layers, l => Assert.Equal(ImageMediaTypes.OciLayerGzip, l.MediaType));
    }

    [Theory]
    [InlineData("single")]
    [InlineData("multi")]
    [InlineData("layers")]
    public async Task ManifestByTag_HttpGet_MatchesDescriptionBytesAndDigest(string name)
    {
        var image = Image(name);
        using var request = TestHttp.Request(
            HttpMethod.Get,
            new Uri(upstream.Registry.BaseUri, $"v2/{image.Repository}/manifests/{image.Tag}"),
            upstream.Credentials,
            ImageMediaTypes.OciIndex, ImageMediaTypes.OciManifest, ImageMediaTypes.DockerManifest, ImageMediaTypes.DockerManifestList);

        using var response = await TestHttp.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(image.Digest, Assert.Single(response.Headers.GetValues("Docker-Content-Digest")));
        Assert.Equal(image.Description.Top.MediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(image.Description.TopRaw, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("single")]
    [InlineData("layers")]
    [InlineData("multi")]
    public async Task InspectFormatDigest_Skopeo_EqualsDescriptionDigest(string name)
    {
        var image = Image(name);

        var result = await Skopeo.RunAsync(
            ["inspect", "--tls-verify=false", "--creds", upstream.Credentials.ColonPair, "--format", "{{.Digest}}", "docker://" + image.Reference]);

        Assert.Equal(image.Digest, result.EnsureSuccess().StdOut.Trim());
    }

    [Fact]
    public async Task InspectRaw_Index_StdoutIsExactManifestBytes()
    {
        var result = await Skopeo.InspectRawAsync(upstream.Multi.Reference, upstream.Credentials);

        Assert.Equal(upstream.Multi.Digest, Digests.Sha256(result.EnsureSuccess().StdOutBytes));
    }

    [Fact]
    public async Task InspectRaw_Anonymous_FailsUnauthorized()
    {
        var result = await Skopeo.InspectRawAsync(upstream.Single.Reference, credentials: null);

        Assert.False(result.Succeeded);
        Assert.Contains("authentication required", result.StdErr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ListTags_Repository_ReturnsPushedTag()
    {
        var result = await Skopeo.ListTagsAsync($"{upstream.Registry.Address}/acme/layers", upstream.Credentials);

        Assert.Equal(["3.0"], Skopeo.ParseTags(result));
    }

    private PushedImage Image(string name) => name switch
    {
        "single" => upstream.Single,
        "multi" => upstream.Multi,
        _ => upstream.Layers,
    };
}
