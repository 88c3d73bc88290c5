using System.Text.Json;

namespace Wharf.Testing;

/// <summary>
/// Builds an <see cref="ImageDescription"/> from raw manifests fetched from a registry,
/// checking every fetched manifest against the digest and size that referenced it.
/// </summary>
internal static class ManifestReader
{
    /// <param name="topRaw">Bytes of the manifest the tag resolves to.</param>
    /// <param name="fetchManifest">Fetches a child manifest by digest (index entries).</param>
    /// <param name="fetchConfig">Fetches the config of the top manifest (for a single image's platform).</param>
    public static async Task<ImageDescription> DescribeAsync(
        byte[] topRaw, Func<string, Task<byte[]>> fetchManifest, Func<Task<byte[]>> fetchConfig)
    {
        using var top = JsonDocument.Parse(topRaw);
        var hasManifests = top.RootElement.TryGetProperty("manifests", out var entries);
        var topMediaType = MediaTypeOf(top.RootElement, hasManifests ? ImageMediaTypes.OciIndex : ImageMediaTypes.OciManifest);
        var topBlob = new BlobInfo(topMediaType, Digests.Sha256(topRaw), topRaw.Length);
        if (!ImageMediaTypes.IsIndex(topMediaType))
        {
            using var config = JsonDocument.Parse(await fetchConfig());
            var platform = PlatformOf(config.RootElement);
            return new ImageDescription(topBlob, topRaw, [ParseImage(topBlob, platform, topRaw)]);
        }

        var manifests = new List<ImageManifestInfo>();
        foreach (var entry in entries.EnumerateArray())
        {
            var descriptor = Descriptor(entry);
            var raw = await fetchManifest(descriptor.Digest);
            if (Digests.Sha256(raw) != descriptor.Digest || raw.Length != descriptor.Size)
            {
                throw new InvalidOperationException($"Manifest {descriptor.Digest} fetched from the registry does not match its index entry.");
            }

            manifests.Add(ParseImage(descriptor, PlatformOf(entry.GetProperty("platform")), raw));
        }

        return new ImageDescription(topBlob, topRaw, manifests);
    }

    private static ImageManifestInfo ParseImage(BlobInfo manifest, string platform, byte[] raw)
    {
        using var document = JsonDocument.Parse(raw);
        var config = Descriptor(document.RootElement.GetProperty("config"));
        var layers = document.RootElement.GetProperty("layers").EnumerateArray().Select(Descriptor).ToList();
        return new ImageManifestInfo(manifest, platform, config, layers, raw);
    }

    private static BlobInfo Descriptor(JsonElement element) =>
        new(
            element.GetProperty("mediaType").GetString()!,
            element.GetProperty("digest").GetString()!,
            element.GetProperty("size").GetInt64());

    private static string MediaTypeOf(JsonElement manifest, string fallback) =>
        manifest.TryGetProperty("mediaType", out var mediaType) ? mediaType.GetString()! : fallback;

    // Works for an index entry's "platform" object and for an image config alike.
    private static string PlatformOf(JsonElement element)
    {
        var platform = $"{element.GetProperty("os").GetString()}/{element.GetProperty("architecture").GetString()}";
        return element.TryGetProperty("variant", out var variant) ? $"{platform}/{variant.GetString()}" : platform;
    }
}
