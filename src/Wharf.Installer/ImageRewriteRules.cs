using System.Diagnostics.CodeAnalysis;
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
    public static bool IsOn(ImageReference image, string domain)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (!TryParseDomain(domain, out var host, out var port))
        {
            return false;
        }

        return string.Equals(image.RegistryHost, host, StringComparison.OrdinalIgnoreCase) && (port is null || image.RegistryPort == port);
    }

    /// <summary>
    /// <c>PROXY/proxy/APP_SLUG/</c> + the image as written without tag and digest, with a registry port
    /// spelled <c>HOST_PORT</c> (<c>reg.example.com:5000/ns/img:t</c> → <c>PROXY/proxy/app/reg.example.com_5000/ns/img</c>)
    /// and a registry host in lower case.
    /// </summary>
    /// <returns>False, with the reason, when no client could pull the proxied name (an IPv6 registry, a name over 255 characters).</returns>
    public static bool TryGetProxiedName(ImageReference image, ProxySettings settings, [NotNullWhen(true)] out string? newName, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(settings);
        newName = null;
        if (image.RegistryHost.StartsWith('['))
        {
            error = $"image {image} cannot be proxied: an IPv6 registry address cannot be written in a repository name";
            return false;
        }

        var upstream = image.RegistryPort is { } port
            ? string.Concat(image.RegistryHost, "_", port.ToString(System.Globalization.CultureInfo.InvariantCulture), image.Untagged.AsSpan(image.Registry.Length))
            : image.Untagged;
        // Host names are case-insensitive but repository paths are lower case: an upper-case first
        // segment can only be the registry (ImageReference reads it so), so it is lowered.
        var slash = upstream.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && upstream.AsSpan(0, slash).ContainsAnyInRange('A', 'Z'))
        {
            upstream = upstream[..slash].ToLowerInvariant() + upstream[slash..];
        }

        var candidate = $"{settings.ProxyHost}/{ProxyRepository.Prefix}{settings.AppSlug}/{upstream}";
        if (!ImageReference.TryParse(candidate, out _, out var problem))
        {
            error = $"image {image} cannot be proxied as {candidate}: {problem}";
            return false;
        }

        newName = candidate;
        error = null;
        return true;
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
    /// spellings, de-duplicated by name (first wins).
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

    /// <summary>Splits <c>host[:port]</c> with the one reference parser (a domain must be a registry host).</summary>
    public static bool TryParseDomain(string? domain, [NotNullWhen(true)] out string? host, out int? port)
    {
        host = null;
        port = null;
        if (string.IsNullOrEmpty(domain) || domain.Contains('/', StringComparison.Ordinal)
            || !ImageReference.TryParse(domain + "/x", out var probe, out _)
            || !string.Equals(probe.Registry, domain, StringComparison.Ordinal))
        {
            return false;
        }

        host = probe.RegistryHost;
        port = probe.RegistryPort;
        return true;
    }
}
