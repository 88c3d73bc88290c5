using Wharf.Installer.Probe;
using Wharf.Oci;

namespace Wharf.Installer.Rendering;

/// <summary>
/// Decides which images are private (SPEC §3.2): images on a proxy or registry domain are private by
/// nature and not probed; with <c>proxyPublicImages: true</c> every image is private; images on the
/// vendor's list are private; the rest are probed.
/// </summary>
internal static class PrivacyDecider
{
    public static async Task<IReadOnlyList<KnownImage>> DecideAsync(
        IReadOnlyList<ImageReference> images,
        ProxySettings settings,
        bool proxyPublicImages,
        IReadOnlyList<string> privateList,
        IImageProbe probe,
        int concurrency,
        IProgress<ProbeProgress>? progress,
        CancellationToken ct)
    {
        var vendorPrivate = privateList.Select(p => ImageReference.TryParse(p, out var r, out var error)
            ? r
            : throw new RenderFailure($"--private-image '{p}': {error}")).ToList();

        var decided = new Dictionary<string, bool>(StringComparer.Ordinal);
        var toProbe = new List<ImageReference>();
        foreach (var image in images)
        {
            if (ImageRewriteRules.Classify(image, settings) != ImagePlacement.External || proxyPublicImages || vendorPrivate.Any(p => Matches(image, p)))
            {
                decided[image.Original] = true;
            }
            else
            {
                toProbe.Add(image);
            }
        }

        var probed = await new PrivateImageDetector(probe, concurrency, progress).ProbeAllAsync(toProbe, ct);
        foreach (var (image, result) in probed)
        {
            decided[image] = result.IsPrivate;
        }

        return decided.Select(d => new KnownImage(d.Key, d.Value)).OrderBy(k => k.Image, StringComparer.Ordinal).ToList();
    }

    /// <summary>A listed reference with a tag or digest names that image; without, the whole repository.</summary>
    private static bool Matches(ImageReference image, ImageReference listed) =>
        string.Equals(image.FullName, listed.FullName, StringComparison.Ordinal)
        && ((listed.Tag is null && listed.Digest is null)
            || (listed.Tag == image.Tag && Equals(listed.Digest?.ToString(), image.Digest?.ToString())));
}
