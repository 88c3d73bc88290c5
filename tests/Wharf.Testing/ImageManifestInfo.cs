namespace Wharf.Testing;

/// <summary>One image manifest (a platform of an index, or the whole image) with its config and layers.</summary>
/// <param name="Manifest">Descriptor of the manifest itself.</param>
/// <param name="Platform"><c>os/arch[/variant]</c> from the index entry or the config, e.g. <c>linux/amd64</c>.</param>
/// <param name="Config">Config blob.</param>
/// <param name="Layers">Layer blobs, base first.</param>
/// <param name="Raw">The manifest's exact bytes (its digest is over these).</param>
public sealed record ImageManifestInfo(BlobInfo Manifest, string Platform, BlobInfo Config, IReadOnlyList<BlobInfo> Layers, byte[] Raw)
{
    /// <summary>Config and layers.</summary>
    public IEnumerable<BlobInfo> Blobs => Layers.Prepend(Config);
}
