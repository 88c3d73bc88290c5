namespace Wharf.Testing.Tests;

[Collection(UpstreamWithImagesFixture.CollectionName)]
public sealed class CopyToDirTests(UpstreamWithImagesFixture upstream) : IDisposable
{
    private readonly TempDirectory _temp = TempDirectory.Create();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("single", false)]
    [InlineData("multi", true)]
    [InlineData("layers", false)]
    public async Task CopyToDir_PushedImage_BlobsHashToTheirNames(string name, bool all)
    {
        var image = name switch { "single" => upstream.Single, "multi" => upstream.Multi, _ => upstream.Layers };
        var destination = Path.Combine(_temp.Path, name);

        (await Skopeo.CopyToDirAsync(image.Reference, destination, upstream.Credentials, all)).EnsureSuccess();

        var blobs = Directory.GetFiles(destination)
            .Where(f => Path.GetFileName(f).Length == 64)
            .ToDictionary(f => "sha256:" + Path.GetFileName(f), Digests.Sha256OfFile);
        Assert.All(blobs, blob => Assert.Equal(blob.Key, blob.Value));
        Assert.All(image.Description.Blobs, blob => Assert.Contains(blob.Digest, blobs.Keys));
    }

    [Fact]
    public async Task CopyToDir_BlobFetch_CountedOnceInAccessLog()
    {
        var layer = upstream.Layers.Description.Image.Layers[2];
        var path = $"/v2/acme/layers/blobs/{layer.Digest}";
        var before = await upstream.Registry.CountRequestsAsync("GET", path);

        using var response = await TestHttp.Client.SendAsync(
            TestHttp.Request(HttpMethod.Get, new Uri(upstream.Registry.BaseUri, path.TrimStart('/')), upstream.Credentials));
        var body = await response.Content.ReadAsByteArrayAsync();
        var after = await upstream.Registry.CountRequestsAsync("GET", path);

        Assert.Equal(layer.Digest, Digests.Sha256(body));
        Assert.Equal(before + 1, after);
        Assert.Equal(1, upstream.Registry.Requests.Count(r => r.Uri == path && r.Status == 200 && r.Bytes == layer.Size) - before);
    }
}
