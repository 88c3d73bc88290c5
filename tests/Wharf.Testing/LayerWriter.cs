using System.Formats.Tar;
using System.IO.Compression;

namespace Wharf.Testing;

/// <summary>Writes one gzip layer blob, streaming tar → gzip → file while hashing both sides.</summary>
internal static class LayerWriter
{
    private const UnixFileMode DirectoryMode = (UnixFileMode)0b111_101_101; // 0755
    private const UnixFileMode FileMode = (UnixFileMode)0b110_100_100; // 0644

    /// <summary>Returns the layer blob descriptor and its diff_id (digest of the uncompressed tar).</summary>
    public static (BlobInfo Blob, string DiffId) Write(string blobs, IReadOnlyList<LayerFile> files, DateTimeOffset mtime, CompressionLevel compression)
    {
        var temporary = Path.Combine(blobs, $".layer-{Guid.NewGuid():N}.tmp");
        string digest;
        string diffId;
        long size;
        using (var file = new FileStream(temporary, System.IO.FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        using (var compressed = new HashingStream(file, leaveOpen: true))
        {
            using (var gzip = new GZipStream(compressed, compression, leaveOpen: true))
            using (var uncompressed = new HashingStream(gzip, leaveOpen: true))
            {
                // Ustar, not PAX: .NET's PAX entries may add atime/ctime extended attributes, which would break determinism.
                using (var tar = new TarWriter(uncompressed, TarEntryFormat.Ustar, leaveOpen: true))
                {
                    foreach (var directory in ParentDirectories(files))
                    {
                        tar.WriteEntry(new UstarTarEntry(TarEntryType.Directory, directory + "/")
                        {
                            Mode = DirectoryMode, ModificationTime = mtime, Uid = 0, Gid = 0,
                        });
                    }

                    foreach (var layerFile in files)
                    {
                        using var content = layerFile.Open();
                        tar.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, layerFile.Path.TrimStart('/'))
                        {
                            Mode = FileMode, ModificationTime = mtime, Uid = 0, Gid = 0, DataStream = content,
                        });
                    }
                }

                diffId = uncompressed.Digest;
            }

            digest = compressed.Digest;
            size = compressed.Length;
        }

        File.Move(temporary, Path.Combine(blobs, Digests.Hex(digest)), overwrite: true);
        return (new BlobInfo(ImageMediaTypes.OciLayerGzip, digest, size), diffId);
    }

    // Explicit parent directory entries, shallow first, so every unpacker sees sane modes.
    private static IEnumerable<string> ParentDirectories(IReadOnlyList<LayerFile> files) =>
        files.SelectMany(f => Ancestors(f.Path.TrimStart('/')))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(d => d.Count(c => c == '/'))
            .ThenBy(d => d, StringComparer.Ordinal);

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..slash];
        }
    }
}
