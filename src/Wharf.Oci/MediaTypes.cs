namespace Wharf.Oci;

/// <summary>Media types of manifests and indexes that the proxy passes through byte-for-byte (SPEC §2.1).</summary>
public static class MediaTypes
{
    /// <summary>Docker image manifest, schema 2.</summary>
    public const string DockerManifest = "application/vnd.docker.distribution.manifest.v2+json";

    /// <summary>Docker manifest list (multi-platform).</summary>
    public const string DockerManifestList = "application/vnd.docker.distribution.manifest.list.v2+json";

    /// <summary>OCI image manifest.</summary>
    public const string OciManifest = "application/vnd.oci.image.manifest.v1+json";

    /// <summary>OCI image index (multi-platform).</summary>
    public const string OciIndex = "application/vnd.oci.image.index.v1+json";

    /// <summary>OCI empty descriptor content (<c>{}</c>), used by artifacts.</summary>
    public const string OciEmpty = "application/vnd.oci.empty.v1+json";

    /// <summary>OCI image config.</summary>
    public const string OciImageConfig = "application/vnd.oci.image.config.v1+json";

    /// <summary>Docker image config.</summary>
    public const string DockerImageConfig = "application/vnd.docker.container.image.v1+json";

    /// <summary>Every manifest and index type, in the order Wharf sends them in <c>Accept</c>.</summary>
    public static IReadOnlyList<string> ManifestAcceptHeader { get; } =
        Array.AsReadOnly([OciIndex, OciManifest, DockerManifestList, DockerManifest]);

    /// <summary>True for a single-image manifest type (Docker schema 2 or OCI); parameters are ignored.</summary>
    public static bool IsManifest(string? mediaType) =>
        Is(mediaType, DockerManifest) || Is(mediaType, OciManifest);

    /// <summary>True for a multi-platform type (Docker manifest list or OCI index); parameters are ignored.</summary>
    public static bool IsIndex(string? mediaType) =>
        Is(mediaType, DockerManifestList) || Is(mediaType, OciIndex);

    // Content-Type may carry parameters ("; charset=utf-8") and media types are case-insensitive (RFC 9110 §8.3.1).
    private static bool Is(string? mediaType, string expected)
    {
        if (mediaType is null)
        {
            return false;
        }

        var span = mediaType.AsSpan();
        var semicolon = span.IndexOf(';');
        if (semicolon >= 0)
        {
            span = span[..semicolon];
        }

        return span.Trim().Equals(expected, StringComparison.OrdinalIgnoreCase);
    }
}
