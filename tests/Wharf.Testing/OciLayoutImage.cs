namespace Wharf.Testing;

/// <summary>An image written as an OCI image layout on disk by <see cref="OciImageBuilder"/>.</summary>
/// <param name="LayoutDirectory">The layout directory (<c>oci-layout</c>, <c>index.json</c>, <c>blobs/sha256/</c>).</param>
/// <param name="Tag">The tag (<c>org.opencontainers.image.ref.name</c>) inside the layout.</param>
/// <param name="Description">Digests and sizes as written (before any conversion by a push).</param>
public sealed record OciLayoutImage(string LayoutDirectory, string Tag, ImageDescription Description)
{
    /// <summary>The skopeo source reference, <c>oci:DIR:TAG</c>.</summary>
    public string SkopeoReference => $"oci:{LayoutDirectory}:{Tag}";

    /// <summary>Path of a blob in the layout.</summary>
    public string BlobPath(string digest) => Path.Combine(LayoutDirectory, "blobs", "sha256", Digests.Hex(digest));
}
