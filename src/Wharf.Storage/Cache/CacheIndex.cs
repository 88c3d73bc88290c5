using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Wharf.Oci;

namespace Wharf.Storage.Cache;

/// <summary>
/// The small facts next to the blobs: which digest a tag pointed at (per linked registry and repository), the
/// media type of cached manifests, and which linked registry has served which digest. The last one scopes
/// the shared, content-addressed cache: a blob is only served to a request whose upstream registry was seen
/// serving it, so one vendor's cache never answers for another vendor's registry.
/// Files are small and written atomically (temp + rename); they survive restarts.
/// </summary>
public sealed class CacheIndex(BlobStore blobs)
{
    private readonly string _tags = Path.Combine(blobs.Root, "tags");
    private readonly string _links = Path.Combine(blobs.Root, "links");

    public TagRecord? GetTag(long registryId, string repository, string tag)
    {
        var path = TagPath(registryId, repository, tag);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<TagRecord>(File.ReadAllBytes(path)) : null;
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null;
        }
    }

    public void PutTag(long registryId, string repository, string tag, TagRecord record) =>
        WriteAtomic(TagPath(registryId, repository, tag), JsonSerializer.SerializeToUtf8Bytes(record));

    public string? GetMediaType(Digest digest)
    {
        var path = blobs.SidecarPath(digest, ".mediatype");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    public void PutMediaType(Digest digest, string mediaType) => WriteAtomic(blobs.SidecarPath(digest, ".mediatype"), Encoding.UTF8.GetBytes(mediaType));

    public bool IsLinked(long registryId, Digest digest) => File.Exists(LinkPath(registryId, digest));

    public void Link(long registryId, Digest digest)
    {
        var path = LinkPath(registryId, digest);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, []);
        }
    }

    private string TagPath(long registryId, string repository, string tag)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{repository}:{tag}")));
        return Path.Combine(_tags, registryId.ToString(System.Globalization.CultureInfo.InvariantCulture), key[..2], key);
    }

    private string LinkPath(long registryId, Digest digest) =>
        Path.Combine(_links, registryId.ToString(System.Globalization.CultureInfo.InvariantCulture), digest.Algorithm, digest.Hex);

    private void WriteAtomic(string path, byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = Path.Combine(blobs.TempDirectory, Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(temp, content);
        File.Move(temp, path, overwrite: true);
    }
}
