namespace Wharf.Testing;

/// <summary>
/// Every digest and size of an image: the top-level manifest (an image manifest, or an
/// index / manifest list) and each image manifest with its config and layers.
/// </summary>
/// <param name="Top">Descriptor of the top-level manifest: what a tag resolves to.</param>
/// <param name="TopRaw">Its exact bytes.</param>
/// <param name="Manifests">The image manifests: one for a single image, one per platform for an index.</param>
public sealed record ImageDescription(BlobInfo Top, byte[] TopRaw, IReadOnlyList<ImageManifestInfo> Manifests)
{
    /// <summary>Digest a tag resolves to.</summary>
    public string Digest => Top.Digest;

    /// <summary>True for an OCI index or Docker manifest list.</summary>
    public bool IsIndex => ImageMediaTypes.IsIndex(Top.MediaType);

    /// <summary>The only image manifest of a single-platform image.</summary>
    /// <exception cref="InvalidOperationException">The image is an index.</exception>
    public ImageManifestInfo Image => IsIndex
        ? throw new InvalidOperationException("The image is an index; use ForPlatform.")
        : Manifests[0];

    /// <summary>All distinct config and layer blobs, in manifest order.</summary>
    public IReadOnlyList<BlobInfo> Blobs =>
        Manifests.SelectMany(m => m.Blobs).DistinctBy(b => b.Digest).ToList();

    /// <summary>The image manifest for <paramref name="platform"/> (e.g. <c>linux/arm64</c>).</summary>
    /// <exception cref="InvalidOperationException">No manifest for that platform.</exception>
    public ImageManifestInfo ForPlatform(string platform) =>
        Manifests.FirstOrDefault(m => m.Platform == platform)
        ?? throw new InvalidOperationException($"No manifest for {platform}; have {string.Join(", ", Manifests.Select(m => m.Platform))}.");
}
