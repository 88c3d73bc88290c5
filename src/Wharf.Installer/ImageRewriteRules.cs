using System.Diagnostics.CodeAnalysis;
using Wharf.Kots;
using Wharf.Oci;

namespace Wharf.Installer;

/// <summary>
/// The image rewrite rules of SPEC §3.3, shared by the installer and anything that rewrites at run time.
/// Every image string goes through <see cref="ImageReference"/>; nothing here splits image strings.
/// </summary>
public static class ImageRewriteRules
{
    /// <summary>Where <paramref name="image"/> lives relative to the proxy and registry domains.</summary>
    public static ImagePlacement Classify(ImageReference image, ProxySettings settings)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(settings);
        if (IsOn(image, settings.ProxyHost) || settings.OtherProxyHosts.Any(h => IsOn(image, h)))
        {
            return ImagePlacement.OnProxy;
        }

        if (settings.RegistryHost is { } registry && IsOn(image, registry))
        {
            return ImagePlacement.OnRegistry;
        }

        return settings.OtherRegistryHosts.Any(h => IsOn(image, h))
            ? settings.RegistryHost is null ? ImagePlacement.OnRegistry : ImagePlacement.OnOtherRegistry
            : ImagePlacement.External;
    }

    /// <summary>
    /// True when the image's registry is <paramref name="domain"/>: same host (case-insensitive) and, when
    /// the domain names a port, the same port (a domain without a port matches any port).
    /// </summary>
    public static bool IsOn(ImageReference image, string domain) => RegistryHosts.IsOn(image, domain);

    /// <summary>The proxied repository name (SPEC §3.3), by the one rule in <see cref="KotsImages.TryProxiedRepository(string, string, ImageReference, out string?, out string?)"/>.</summary>
    /// <returns>False, with the reason, when no client could pull the proxied name (an IPv6 registry, a name over 255 characters).</returns>
    public static bool TryGetProxiedName(ImageReference image, ProxySettings settings, [NotNullWhen(true)] out string? newName, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return KotsImages.TryProxiedRepository(settings.ProxyHost, settings.AppSlug, image, out newName, out error);
    }

    /// <summary>The image with its registry replaced by the registry domain in effect (custom registry domain).</summary>
    public static string SwapRegistry(ImageReference image, ProxySettings settings)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(settings);
        var registry = settings.RegistryHost ?? throw new ArgumentException("no registry domain is set", nameof(settings));
        return string.Concat(registry, "/", image.Untagged.AsSpan(image.Untagged.Length - image.Repository.Length));
    }

    /// <summary>
    /// The other spellings kustomize may see for a Docker Hub image: <c>docker.io/library/x</c>,
    /// <c>library/x</c>, <c>x</c>, <c>docker.io/x</c> for official images, <c>docker.io/o/x</c>, <c>o/x</c> for others.
    /// Empty for other registries.
    /// </summary>
    public static IReadOnlyList<string> DockerHubSpellings(ImageReference image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (!image.IsDockerHub)
        {
            return [];
        }

        const string library = "library/";
        var repository = image.Repository;
        if (repository.StartsWith(library, StringComparison.Ordinal) && repository.IndexOf('/', library.Length) < 0)
        {
            var name = repository[library.Length..];
            return [$"docker.io/{repository}", repository, name, $"docker.io/{name}"];
        }

        return [$"docker.io/{repository}", repository];
    }

    /// <summary>
    /// The <c>images:</c> list of the midstream kustomization (SPEC §3.3): for each private external image
    /// and each image on another registry domain, sorted by image string, its entry followed by its Docker Hub
    /// spellings, de-duplicated by name (first wins). With a local registry, every image not already there
    /// moves to it.
    /// </summary>
    /// <exception cref="FormatException">An image string is not a valid reference, or cannot be proxied.</exception>
    public static IReadOnlyList<KustomizeImage> BuildImagesList(IEnumerable<KnownImage> images, ProxySettings settings)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(settings);
        var entries = new List<KustomizeImage>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string name, string newName)
        {
            if (seen.Add(name))
            {
                entries.Add(new KustomizeImage(name, newName));
            }
        }

        foreach (var known in images.DistinctBy(i => i.Image).OrderBy(i => i.Image, StringComparer.Ordinal))
        {
            var image = ImageReference.Parse(known.Image);
            if (settings.LocalRegistry is { } local)
            {
                // Every image was pushed to the local registry, public ones too (KOTS local-registry mode).
                if (!IsOn(image, local.Host))
                {
                    var localName = KotsImages.LocalRepository(local, image);
                    Add(image.Untagged, localName);
                    foreach (var spelling in DockerHubSpellings(image))
                    {
                        Add(spelling, localName);
                    }
                }

                continue;
            }

            switch (Classify(image, settings))
            {
                case ImagePlacement.OnOtherRegistry:
                    Add(image.Untagged, SwapRegistry(image, settings));
                    break;
                case ImagePlacement.External when known.IsPrivate:
                    if (!TryGetProxiedName(image, settings, out var newName, out var error))
                    {
                        throw new FormatException(error);
                    }

                    Add(image.Untagged, newName);
                    foreach (var spelling in DockerHubSpellings(image))
                    {
                        Add(spelling, newName);
                    }

                    break;
            }
        }

        return entries;
    }
}
