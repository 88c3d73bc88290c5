namespace Wharf.Testing;

/// <summary>An image as a registry serves it after a push (digests read back from the registry).</summary>
/// <param name="Registry">Registry host, <c>127.0.0.1:PORT</c>.</param>
/// <param name="Repository">Repository, e.g. <c>acme/single</c>.</param>
/// <param name="Tag">Tag, e.g. <c>1.0</c>.</param>
/// <param name="Description">Digests, sizes and raw manifests as the registry serves them.</param>
public sealed record PushedImage(string Registry, string Repository, string Tag, ImageDescription Description)
{
    /// <summary>Digest the tag resolves to.</summary>
    public string Digest => Description.Digest;

    /// <summary><c>REGISTRY/REPOSITORY:TAG</c>.</summary>
    public string Reference => $"{Registry}/{Repository}:{Tag}";

    /// <summary><c>REGISTRY/REPOSITORY@DIGEST</c>.</summary>
    public string DigestReference => $"{Registry}/{Repository}@{Digest}";
}
