using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Wharf.Oci;

namespace Wharf.Kots;

/// <summary>
/// The image names of SPEC §3.5 and §3.6 as plain functions, for templates (<see cref="KotsFunctions"/>),
/// the admission webhook and operators linking this library. Every image string goes through
/// <see cref="ImageReference"/>; nothing here splits image strings by hand.
/// </summary>
public static class KotsImages
{
    private const string Latest = "latest";

    /// <summary>
    /// KOTS <c>LocalImageName</c>: with a local registry <c>HOST/NS/LASTSEGMENT</c> + <c>@digest</c>, else
    /// <c>:tag</c>, else <c>:latest</c>; without one, an image on the proxy or registry domain or a public
    /// image is returned unchanged, and any other image becomes <c>PROXY/proxy/APP_SLUG/UNTAGGED</c>
    /// (a registry port written <c>HOST_PORT</c>) + <c>@digest</c>, else <c>:tag</c>, else <c>:latest</c>.
    /// </summary>
    public static bool TryLocalImageName(KotsContext context, string image, [NotNullWhen(true)] out string? name, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(context);
        name = null;
        if (!TryParse(image, out var reference, out error))
        {
            return false;
        }

        if (context.LocalRegistry is { } local)
        {
            name = LocalRepository(local, reference) + PinnedSuffix(reference);
            return true;
        }

        if (NeedsNoProxy(context, reference))
        {
            name = image;
            return true;
        }

        if (!TryProxiedRepository(context, reference, out var repository, out error))
        {
            return false;
        }

        name = repository + PinnedSuffix(reference);
        return true;
    }

    /// <summary>
    /// <c>ReplicatedImageName IMAGE [noProxy]</c>: the full name to pull. With a local registry
    /// <c>HOST/NS/LASTSEGMENT</c> (the registry is one flat namespace, as Embedded Cluster documents it) with the
    /// tag and digest as given; else unchanged when
    /// <paramref name="noProxy"/> or already on the proxy domain; else the proxied name with the tag and
    /// digest as given (nothing is added, so a repository-only value stays repository-only).
    /// </summary>
    public static bool TryReplicatedImageName(KotsContext context, string image, bool noProxy, [NotNullWhen(true)] out string? name, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(context);
        name = null;
        if (!TryParse(image, out var reference, out error))
        {
            return false;
        }

        if (context.LocalRegistry is { } local)
        {
            name = LocalRepository(local, reference) + WrittenSuffix(reference);
            return true;
        }

        if (noProxy || RegistryHosts.IsOn(reference, context.ProxyHost))
        {
            name = image;
            return true;
        }

        if (!TryProxiedRepository(context, reference, out var repository, out error))
        {
            return false;
        }

        name = repository + WrittenSuffix(reference);
        return true;
    }

    /// <summary>
    /// <c>ReplicatedImageRegistry HOST [noProxy]</c>: the registry prefix to pull from. With a local registry
    /// its address (<c>host/namespace</c>); else unchanged when <paramref name="noProxy"/>, when
    /// <paramref name="registry"/> is the proxy domain or already under it; else
    /// <c>PROXY/proxy/APP_SLUG/HOST</c> (a port written <c>HOST_PORT</c>). A path after the host is kept.
    /// </summary>
    public static bool TryReplicatedImageRegistry(KotsContext context, string registry, bool noProxy, [NotNullWhen(true)] out string? name, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(registry);
        name = null;
        var slash = registry.IndexOf('/', StringComparison.Ordinal);
        var host = slash < 0 ? registry : registry[..slash];
        if (!RegistryHosts.TryParse(host, out var hostName, out var port))
        {
            error = $"'{registry}' is not a registry host";
            return false;
        }

        if (context.LocalRegistry is { } local)
        {
            name = local.Address;
            error = null;
            return true;
        }

        if (noProxy || IsProxyHost(context, host))
        {
            name = registry;
            error = null;
            return true;
        }

        if (!TryProxyPrefix(context, out var prefix, out error))
        {
            return false;
        }

        var upstream = port is { } p ? string.Concat(hostName, "_", p.ToString(CultureInfo.InvariantCulture)) : hostName;
        name = prefix + upstream + (slash < 0 ? string.Empty : registry[slash..]);
        return true;
    }

    /// <summary>
    /// The run-time rewrite of SPEC §3.6 (the admission webhook): the name a Pod should pull
    /// <paramref name="image"/> by, or <see langword="null"/> when it stays as it is. Same rule as the
    /// installer's kustomize rewrite (SPEC §3.3): <c>PROXY/proxy/APP_SLUG/UNTAGGED</c> with <c>HOST_PORT</c>,
    /// the original tag and digest kept; images on the proxy or registry domain and public images stay.
    /// With a local registry every image moves there (<c>HOST/NS/LASTSEGMENT</c>, tag and digest kept).
    /// </summary>
    public static bool TryRewriteForPod(KotsContext context, string image, out string? rewritten, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(context);
        rewritten = null;
        if (!TryParse(image, out var reference, out error))
        {
            return false;
        }

        if (context.LocalRegistry is { } local)
        {
            var moved = LocalRepository(local, reference) + WrittenSuffix(reference);
            rewritten = string.Equals(moved, image, StringComparison.Ordinal) || RegistryHosts.IsOn(reference, local.Host) ? null : moved;
            return true;
        }

        if (NeedsNoProxy(context, reference))
        {
            return true;
        }

        if (!TryProxiedRepository(context, reference, out var repository, out error))
        {
            return false;
        }

        rewritten = repository + WrittenSuffix(reference);
        return true;
    }

    /// <summary>True when a Pod pulling <paramref name="image"/> needs the license pull secret (SPEC §3.4, §3.6).</summary>
    public static bool NeedsPullSecret(KotsContext context, ImageReference image)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(image);
        return context.LocalRegistry is { } local
            ? RegistryHosts.IsOn(image, local.Host)
            : RegistryHosts.IsOn(image, context.ProxyHost) || RegistryHosts.IsOn(image, context.RegistryHost);
    }

    /// <summary>On the proxy or registry domain (left alone, SPEC §3.3), or public (no proxy needed).</summary>
    private static bool NeedsNoProxy(KotsContext context, ImageReference image) =>
        RegistryHosts.IsOn(image, context.ProxyHost)
        || RegistryHosts.IsOn(image, context.RegistryHost)
        || context.IsPublicImage?.Invoke(image) == true;

    private static bool IsProxyHost(KotsContext context, string host) =>
        context.ProxyHost is { } proxy && string.Equals(host, proxy, StringComparison.OrdinalIgnoreCase);

    private static bool TryParse(string image, [NotNullWhen(true)] out ImageReference? reference, [NotNullWhen(false)] out string? error)
    {
        if (ImageReference.TryParse(image, out reference, out var problem))
        {
            error = null;
            return true;
        }

        error = $"invalid image reference \"{image}\": {problem}";
        return false;
    }

    /// <summary>
    /// The proxied repository of SPEC §3.3: <c>PROXY/proxy/APP_SLUG/</c> + the image as written without tag and
    /// digest, a registry port spelled <c>HOST_PORT</c> (<c>reg.example.com:5000/ns/img:t</c> →
    /// <c>PROXY/proxy/app/reg.example.com_5000/ns/img</c>) and an upper-case registry host lowered. The installer's
    /// kustomize rewrite, the template functions and the webhook all name images through this one rule.
    /// </summary>
    /// <returns>False, with the reason, when no client could pull the proxied name (an IPv6 registry, a name over 255 characters).</returns>
    public static bool TryProxiedRepository(string proxyHost, string appSlug, ImageReference image, [NotNullWhen(true)] out string? repository, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(image);
        repository = null;
        if (image.RegistryHost.StartsWith('['))
        {
            error = $"image {image} cannot be proxied: an IPv6 registry address cannot be written in a repository name";
            return false;
        }

        var upstream = image.RegistryPort is { } port
            ? string.Concat(image.RegistryHost, "_", port.ToString(CultureInfo.InvariantCulture), image.Untagged.AsSpan(image.Registry.Length))
            : image.Untagged;
        // Host names are case-insensitive but repository paths are lower case: an upper-case first
        // segment can only be the registry (ImageReference reads it so), so it is lowered.
        var slash = upstream.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && upstream.AsSpan(0, slash).ContainsAnyInRange('A', 'Z'))
        {
            upstream = upstream[..slash].ToLowerInvariant() + upstream[slash..];
        }

        var candidate = $"{proxyHost}/{ProxyRepository.Prefix}{appSlug}/{upstream}";
        if (!ImageReference.TryParse(candidate, out _, out var problem))
        {
            error = $"image {image} cannot be proxied as {candidate}: {problem}";
            return false;
        }

        repository = candidate;
        error = null;
        return true;
    }

    /// <summary>The local-registry repository of an image: <c>HOST/NAMESPACE/LASTSEGMENT</c>, no tag or digest.</summary>
    public static string LocalRepository(LocalRegistry local, ImageReference image)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(image);
        var repository = image.Repository;
        return local.Address + "/" + repository[(repository.LastIndexOf('/') + 1)..];
    }

    private static bool TryProxiedRepository(KotsContext context, ImageReference image, [NotNullWhen(true)] out string? repository, [NotNullWhen(false)] out string? error)
    {
        repository = null;
        return TryProxyPrefix(context, out _, out error)
            && TryProxiedRepository(context.ProxyHost!, context.AppSlug, image, out repository, out error);
    }

    private static bool TryProxyPrefix(KotsContext context, [NotNullWhen(true)] out string? prefix, [NotNullWhen(false)] out string? error)
    {
        prefix = null;
        if (string.IsNullOrEmpty(context.ProxyHost))
        {
            error = "no proxy domain is configured (pass --proxy-domain or use a license that names one)";
            return false;
        }

        if (context.AppSlug.Length == 0)
        {
            error = "no app slug is known (the license names the app)";
            return false;
        }

        prefix = $"{context.ProxyHost}/{ProxyRepository.Prefix}{context.AppSlug}/";
        error = null;
        return true;
    }

    /// <summary>LocalImageName's suffix: the digest wins over the tag; no tag means <c>:latest</c>.</summary>
    private static string PinnedSuffix(ImageReference image) =>
        image.Digest is { } digest ? "@" + digest : ":" + (image.Tag ?? Latest);

    /// <summary>The tag and digest as written (either, both or none), as kustomize keeps them.</summary>
    private static string WrittenSuffix(ImageReference image) =>
        image.Original[image.Untagged.Length..];
}
