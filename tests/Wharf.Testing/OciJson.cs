using System.Text.Json;

namespace Wharf.Testing;

/// <summary>
/// The JSON documents of an OCI image layout, written compactly with properties in a fixed
/// order: same input, same bytes, same digest.
/// </summary>
internal static class OciJson
{
    private const string PathEnv = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    /// <summary>Image config (image-spec config.md) for a platform and its layers' diff_ids.</summary>
    public static byte[] Config(string platform, DateTimeOffset created, IEnumerable<string> diffIds) => Json(writer =>
    {
        var (os, architecture, variant) = SplitPlatform(platform);
        writer.WriteString("created", created);
        writer.WriteString("architecture", architecture);
        if (variant is not null)
        {
            writer.WriteString("variant", variant);
        }

        writer.WriteString("os", os);
        writer.WriteStartObject("config");
        writer.WriteStartArray("Env");
        writer.WriteStringValue(PathEnv);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject("rootfs");
        writer.WriteString("type", "layers");
        writer.WriteStartArray("diff_ids");
        foreach (var diffId in diffIds)
        {
            writer.WriteStringValue(diffId);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>OCI image manifest.</summary>
    public static byte[] ImageManifest(BlobInfo config, IEnumerable<BlobInfo> layers) => Json(writer =>
    {
        writer.WriteNumber("schemaVersion", 2);
        writer.WriteString("mediaType", ImageMediaTypes.OciManifest);
        writer.WritePropertyName("config");
        WriteDescriptor(writer, config, platform: null, tag: null);
        writer.WriteStartArray("layers");
        foreach (var layer in layers)
        {
            WriteDescriptor(writer, layer, platform: null, tag: null);
        }

        writer.WriteEndArray();
    });

    /// <summary>OCI image index over platform manifests.</summary>
    public static byte[] Index(IEnumerable<(BlobInfo Manifest, string Platform)> manifests) => Json(writer =>
    {
        writer.WriteNumber("schemaVersion", 2);
        writer.WriteString("mediaType", ImageMediaTypes.OciIndex);
        writer.WriteStartArray("manifests");
        foreach (var (manifest, platform) in manifests)
        {
            WriteDescriptor(writer, manifest, platform, tag: null);
        }

        writer.WriteEndArray();
    });

    /// <summary>The layout's <c>index.json</c>: one entry, tagged with <c>org.opencontainers.image.ref.name</c>.</summary>
    public static byte[] LayoutIndex(BlobInfo top, string tag) => Json(writer =>
    {
        writer.WriteNumber("schemaVersion", 2);
        writer.WriteString("mediaType", ImageMediaTypes.OciIndex);
        writer.WriteStartArray("manifests");
        WriteDescriptor(writer, top, platform: null, tag);
        writer.WriteEndArray();
    });

    private static void WriteDescriptor(Utf8JsonWriter writer, BlobInfo blob, string? platform, string? tag)
    {
        writer.WriteStartObject();
        writer.WriteString("mediaType", blob.MediaType);
        writer.WriteString("digest", blob.Digest);
        writer.WriteNumber("size", blob.Size);
        if (platform is not null)
        {
            var (os, architecture, variant) = SplitPlatform(platform);
            writer.WriteStartObject("platform");
            writer.WriteString("architecture", architecture);
            writer.WriteString("os", os);
            if (variant is not null)
            {
                writer.WriteString("variant", variant);
            }

            writer.WriteEndObject();
        }

        if (tag is not null)
        {
            writer.WriteStartObject("annotations");
            writer.WriteString("org.opencontainers.image.ref.name", tag);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static (string Os, string Architecture, string? Variant) SplitPlatform(string platform)
    {
        var parts = platform.Split('/');
        return parts.Length switch
        {
            2 => (parts[0], parts[1], null),
            3 => (parts[0], parts[1], parts[2]),
            _ => throw new ArgumentException($"Platform must be os/arch[/variant]: {platform}", nameof(platform)),
        };
    }

    private static byte[] Json(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
