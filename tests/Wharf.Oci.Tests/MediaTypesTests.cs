namespace Wharf.Oci.Tests;

public class MediaTypesTests
{
    /// <summary>media type, is manifest, is index.</summary>
    public static TheoryData<string?, bool, bool> Rows => new()
    {
        { MediaTypes.DockerManifest, true, false },
        { MediaTypes.OciManifest, true, false },
        { MediaTypes.DockerManifestList, false, true },
        { MediaTypes.OciIndex, false, true },
        { MediaTypes.OciManifest + "; charset=utf-8", true, false },
        { " " + MediaTypes.OciIndex + " ;x=y", false, true },
        { "Application/VND.OCI.Image.Manifest.V1+JSON", true, false },
        { MediaTypes.OciEmpty, false, false },
        { MediaTypes.OciImageConfig, false, false },
        { "application/json", false, false },
        { "application/vnd.docker.distribution.manifest.v1+json", false, false },
        { "", false, false },
        { null, false, false },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void IsManifestAndIsIndex_Table(string? mediaType, bool manifest, bool index)
    {
        Assert.Equal(manifest, MediaTypes.IsManifest(mediaType));
        Assert.Equal(index, MediaTypes.IsIndex(mediaType));
    }

    [Fact]
    public void ManifestAcceptHeader_HasAllFour()
    {
        Assert.Equal(4, MediaTypes.ManifestAcceptHeader.Count);
        Assert.All(MediaTypes.ManifestAcceptHeader, t => Assert.True(MediaTypes.IsManifest(t) || MediaTypes.IsIndex(t)));
        Assert.Equal(4, MediaTypes.ManifestAcceptHeader.Distinct().Count());
    }
}
