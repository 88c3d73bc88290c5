using System.IO.Compression;

namespace Wharf.Testing;

/// <summary>
/// Writes OCI image layouts by hand (tar → gzip → sha256, config, manifest, index.json,
/// oci-layout), with no container engine. Output is deterministic: fixed mtimes, uid/gid 0,
/// ustar headers (no PAX atime/ctime), and .NET's gzip header carries no timestamp (MTIME 0),
/// so identical input gives identical digests on every run.
/// </summary>
public static class OciImageBuilder
{
    /// <summary>The mtime of every tar entry and the <c>created</c> time of every config.</summary>
    public static readonly DateTimeOffset FixedTime = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes a single-platform image (one OCI image manifest) into a new layout at <paramref name="layoutDirectory"/>.</summary>
    public static OciLayoutImage BuildImage(
        string layoutDirectory, string tag, PlatformImageSpec image, CompressionLevel compression = CompressionLevel.Optimal)
    {
        ArgumentNullException.ThrowIfNull(image);
        var blobs = PrepareLayout(layoutDirectory);
        var manifest = WriteImage(blobs, image, compression);
        File.WriteAllBytes(Path.Combine(layoutDirectory, "index.json"), OciJson.LayoutIndex(manifest.Manifest, tag));
        return new OciLayoutImage(layoutDirectory, tag, new ImageDescription(manifest.Manifest, manifest.Raw, [manifest]));
    }

    /// <summary>Writes a multi-platform image (an OCI image index over one manifest per platform).</summary>
    public static OciLayoutImage BuildIndex(
        string layoutDirectory, string tag, IReadOnlyList<PlatformImageSpec> images, CompressionLevel compression = CompressionLevel.Optimal)
    {
        ArgumentNullException.ThrowIfNull(images);
        var blobs = PrepareLayout(layoutDirectory);
        var manifests = images.Select(image => WriteImage(blobs, image, compression)).ToList();
        var indexRaw = OciJson.Index(manifests.Select(m => (m.Manifest, m.Platform)));
        var index = WriteBlob(blobs, ImageMediaTypes.OciIndex, indexRaw);
        File.WriteAllBytes(Path.Combine(layoutDirectory, "index.json"), OciJson.LayoutIndex(index, tag));
        return new OciLayoutImage(layoutDirectory, tag, new ImageDescription(index, indexRaw, manifests));
    }

    /// <summary>One linux/amd64 image with one small layer (<c>etc/acme/release.txt</c>).</summary>
    public static OciLayoutImage SingleArch(string layoutDirectory, string tag = "1.0", string content = "acme single 1.0\n") =>
        BuildImage(layoutDirectory, tag, new PlatformImageSpec("linux/amd64", [[LayerFile.FromText("etc/acme/release.txt", content)]]));

    /// <summary>An index over linux/amd64 and linux/arm64 images whose layers differ.</summary>
    public static OciLayoutImage MultiArch(string layoutDirectory, string tag = "2.0") =>
        BuildIndex(layoutDirectory, tag,
        [
            new PlatformImageSpec("linux/amd64", [[LayerFile.FromText("etc/acme/arch.txt", "acme multi 2.0 amd64\n")]]),
            new PlatformImageSpec("linux/arm64", [[LayerFile.FromText("etc/acme/arch.txt", "acme multi 2.0 arm64\n")]]),
        ]);

    /// <summary>
    /// A linux/amd64 image with <paramref name="layerCount"/> layers of growing size (layer i
    /// holds a text file and i × 16 KiB of seeded random bytes, so compressed sizes differ).
    /// </summary>
    public static OciLayoutImage MultiLayer(string layoutDirectory, string tag = "3.0", int layerCount = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(layerCount, 1);
        var layers = Enumerable.Range(1, layerCount)
            .Select(i => (IReadOnlyList<LayerFile>)
            [
                LayerFile.FromText($"opt/acme/layer-{i}.txt", $"acme layers 3.0, layer {i}\n"),
                LayerFile.Random($"opt/acme/layer-{i}.bin", i * 16L * 1024, seed: i),
            ])
            .ToList();
        return BuildImage(layoutDirectory, tag, new PlatformImageSpec("linux/amd64", layers));
    }

    /// <summary>
    /// A linux/amd64 image with one layer holding <paramref name="sizeMiB"/> MiB of seeded random
    /// bytes, streamed to disk (never whole in memory). Still a gzip layer, but made of stored
    /// deflate blocks: random data does not compress, and even the fastest level would add ~5 %
    /// of Huffman overhead and CPU time. The blob is N MiB plus a few bytes per 64 KiB. For benchmarks.
    /// </summary>
    public static OciLayoutImage BigLayer(string layoutDirectory, string tag, int sizeMiB, long seed = 42)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeMiB);
        var file = LayerFile.Random("opt/acme/big.bin", sizeMiB * 1024L * 1024, seed);
        return BuildImage(layoutDirectory, tag, new PlatformImageSpec("linux/amd64", [[file]]), CompressionLevel.NoCompression);
    }

    private static string PrepareLayout(string layoutDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(layoutDirectory);
        var blobs = Path.Combine(layoutDirectory, "blobs", "sha256");
        Directory.CreateDirectory(blobs);
        File.WriteAllText(Path.Combine(layoutDirectory, "oci-layout"), """{"imageLayoutVersion":"1.0.0"}""");
        return blobs;
    }

    private static ImageManifestInfo WriteImage(string blobs, PlatformImageSpec image, CompressionLevel compression)
    {
        var layers = image.Layers.Select(files => LayerWriter.Write(blobs, files, FixedTime, compression)).ToList();
        var config = WriteBlob(blobs, ImageMediaTypes.OciConfig, OciJson.Config(image.Platform, FixedTime, layers.Select(l => l.DiffId)));
        var layerBlobs = layers.Select(l => l.Blob).ToList();
        var manifestRaw = OciJson.ImageManifest(config, layerBlobs);
        var manifest = WriteBlob(blobs, ImageMediaTypes.OciManifest, manifestRaw);
        return new ImageManifestInfo(manifest, image.Platform, config, layerBlobs, manifestRaw);
    }

    private static BlobInfo WriteBlob(string blobs, string mediaType, byte[] content)
    {
        var digest = Digests.Sha256(content);
        File.WriteAllBytes(Path.Combine(blobs, Digests.Hex(digest)), content);
        return new BlobInfo(mediaType, digest, content.Length);
    }
}
