using Wharf.Oci;

namespace Wharf.Installer.Rendering;

/// <summary>
/// The images KOTS templates asked about while a release was rendered (<c>LocalImageName</c> needs to know
/// whether an image is public, SPEC §3.5), in first-asked order, so they can be probed with the release's
/// own images before the templates are rendered with the answers.
/// </summary>
internal sealed class TemplateImageQuestions
{
    private readonly Dictionary<string, ImageReference> seen = new(StringComparer.Ordinal);
    private readonly List<ImageReference> images = [];

    public IReadOnlyList<ImageReference> Images => images;

    /// <summary>Records <paramref name="image"/> and answers "not public", the safe default until it is probed.</summary>
    public bool RecordAsPrivate(ImageReference image)
    {
        if (seen.TryAdd(image.Original, image))
        {
            images.Add(image);
        }

        return false;
    }
}
