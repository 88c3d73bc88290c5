namespace Wharf.Installer;

/// <summary>An image found in the release and whether it must be pulled through the proxy (KOTS <c>knownImages</c>, SPEC §3.2).</summary>
/// <param name="Image">The image string as written in the manifests.</param>
/// <param name="IsPrivate">True when the image is pulled with the license credentials.</param>
public sealed record KnownImage(string Image, bool IsPrivate);
