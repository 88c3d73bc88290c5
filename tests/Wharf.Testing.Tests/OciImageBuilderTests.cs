using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace Wharf.Testing.Tests;

public sealed class OciImageBuilderTests : IDisposable
{
    private readonly TempDirectory _temp = TempDirectory.Create();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void MultiLayer_BuiltTwice_SameDigests()
    {
        var first = OciImageBuilder.MultiLayer(_temp.Sub("a"));
        var second = OciImageBuilder.MultiLayer(_temp.Sub("b"));

        Assert.Equal(first.Description.Digest, second.Description.Digest);
        Assert.Equal(first.Description.Blobs, second.Description.Blobs);
    }

    [Fact]
    public void MultiArch_BuiltTwice_SameIndexDigest()
    {
        var first = OciImageBuilder.MultiArch(_temp.Sub("a"));
        var second = OciImageBuilder.MultiArch(_temp.Sub("b"));

        Assert.Equal(first.Description.Digest, second.Description.Digest);
        Assert.True(first.Description.IsIndex);
    }

    [Fact]
    public void SingleArch_LayerGzipHeader_HasNoTimestamp()
    {
        var image = OciImageBuilder.SingleArch(_temp.Path);
        var layer = File.ReadAllBytes(image.BlobPath(image.Description.Image.Layers[0].Digest));

        Assert.Equal(new byte[] { 0x1f, 0x8b, 8 }, layer[..3]);
        Assert.Equal(0, layer[3]); // FLG: no file name, no comment
        Assert.Equal(new byte[4], layer[4..8]); // MTIME
    }

    [Fact]
    public void MultiArch_EveryLayoutBlob_HashesToItsName()
    {
        var image = OciImageBuilder.MultiArch(_temp.Path);

        var files = Directory.GetFiles(Path.Combine(_temp.Path, "blobs", "sha256"));
        Assert.All(files, file => Assert.Equal("sha256:" + Path.GetFileName(file), Digests.Sha256OfFile(file)));
        var expected = image.Description.Blobs.Select(b => b.Digest)
            .Concat(image.Description.Manifests.Select(m => m.Manifest.Digest))
            .Append(image.Description.Digest)
            .Order();
        Assert.Equal(expected, files.Select(f => "sha256:" + Path.GetFileName(f)).Order());
    }

    [Fact]
    public void MultiArch_Platforms_HaveDifferentLayers()
    {
        var image = OciImageBuilder.MultiArch(_temp.Path).Description;

        var amd64 = image.ForPlatform("linux/amd64");
        var arm64 = image.ForPlatform("linux/arm64");
        Assert.NotEqual(amd64.Layers[0].Digest, arm64.Layers[0].Digest);
        Assert.NotEqual(amd64.Config.Digest, arm64.Config.Digest);
    }

    [Fact]
    public void MultiLayer_Config_DiffIdsMatchUncompressedLayers()
    {
        var image = OciImageBuilder.MultiLayer(_temp.Path, layerCount: 4);
        var manifest = image.Description.Image;
        using var config = JsonDocument.Parse(File.ReadAllBytes(image.BlobPath(manifest.Config.Digest)));

        var diffIds = config.RootElement.GetProperty("rootfs").GetProperty("diff_ids").EnumerateArray().Select(e => e.GetString()).ToList();

        Assert.Equal(4, manifest.Layers.Count);
        Assert.Equal(4, manifest.Layers.Select(l => l.Size).Distinct().Count());
        Assert.Equal(manifest.Layers.Select(l => UncompressedDigest(image.BlobPath(l.Digest))), diffIds);
    }

    [Fact]
    public void SingleArch_LayerTar_HasFixedOwnershipAndTimes()
    {
        var image = OciImageBuilder.SingleArch(_temp.Path);
        using var gzip = new GZipStream(File.OpenRead(image.BlobPath(image.Description.Image.Layers[0].Digest)), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);

        var entries = new List<TarEntry>();
        while (tar.GetNextEntry() is { } entry)
        {
            entries.Add(entry);
        }

        Assert.Equal(["etc/", "etc/acme/", "etc/acme/release.txt"], entries.Select(e => e.Name));
        Assert.All(entries, e => Assert.Equal(OciImageBuilder.FixedTime, e.ModificationTime));
        Assert.All(entries, e => Assert.Equal(0, e.Uid));
        Assert.All(entries, e => Assert.Equal(TarEntryFormat.Ustar, e.Format));
    }

    [Fact]
    public void BigLayer_ThreeMiB_StreamsExpectedSizeDeterministically()
    {
        var first = OciImageBuilder.BigLayer(_temp.Sub("a"), "big", sizeMiB: 3, seed: 7);
        var second = OciImageBuilder.BigLayer(_temp.Sub("b"), "big", sizeMiB: 3, seed: 7);
        var other = OciImageBuilder.BigLayer(_temp.Sub("c"), "big", sizeMiB: 3, seed: 8);

        var layer = first.Description.Image.Layers[0];
        Assert.InRange(layer.Size, 3 * 1024 * 1024, (3 * 1024 * 1024) + 4096); // tar headers, and 5 bytes per 64 KiB stored deflate block
        Assert.Equal(layer.Size, new FileInfo(first.BlobPath(layer.Digest)).Length);
        Assert.Equal(first.Description.Digest, second.Description.Digest);
        Assert.NotEqual(layer.Digest, other.Description.Image.Layers[0].Digest);
    }

    [Fact]
    public void SeededRandomStream_DifferentReadSizes_SameBytes()
    {
        var whole = new byte[10_000];
        using (var stream = new SeededRandomStream(whole.Length, 5))
        {
            stream.ReadExactly(whole);
        }

        using var chunked = new SeededRandomStream(whole.Length, 5);
        using var collected = new MemoryStream();
        var buffer = new byte[7];
        int read;
        while ((read = chunked.Read(buffer, 0, buffer.Length)) > 0)
        {
            collected.Write(buffer, 0, read);
        }

        Assert.Equal(whole, collected.ToArray());
        Assert.True(whole.Distinct().Count() > 200);
    }

    [Fact]
    public void SeededRandomStream_Seed42_MatchesPinnedDigest()
    {
        // Pinned so benchmark inputs stay the same bytes across machines and .NET versions.
        using var stream = new SeededRandomStream(1 << 20, 42);

        Assert.Equal("sha256:274ae8ccb38081958f818a5b2a438ffcc1e075794787809339543883755c4e26", "sha256:" + Convert.ToHexStringLower(SHA256.HashData(stream)));
    }

    private static string UncompressedDigest(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(gzip));
    }
}
