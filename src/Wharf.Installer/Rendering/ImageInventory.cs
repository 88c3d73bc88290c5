using Wharf.Installer.Kube;
using Wharf.Installer.Yaml;
using Wharf.Oci;

namespace Wharf.Installer.Rendering;

/// <summary>
/// The images of the release (SPEC §3.3): every <c>image</c> of <c>containers</c> and <c>initContainers</c>
/// in a pod spec, and the objects that have at least one. Image strings must parse as references;
/// <c>image</c> fields kustomize would trip over (not a scalar) are refused anywhere in an object.
/// </summary>
internal sealed class ImageInventory
{
    private ImageInventory(List<(KubeObject, IReadOnlyList<string>)> workloads, List<ImageReference> images)
    {
        Workloads = workloads;
        Images = images;
        names = images.Select(i => i.Original).ToHashSet(StringComparer.Ordinal);
    }

    private readonly HashSet<string> names;

    /// <summary>Objects with at least one image, and the path to their pod spec.</summary>
    public IReadOnlyList<(KubeObject Object, IReadOnlyList<string> PodSpecPath)> Workloads { get; }

    /// <summary>Distinct image strings, in first-seen order.</summary>
    public IReadOnlyList<ImageReference> Images { get; }

    /// <summary>True when <paramref name="image"/> (as written) is one of <see cref="Images"/>.</summary>
    public bool Contains(string image) => names.Contains(image);

    public static ImageInventory Build(IReadOnlyList<KubeObject> objects)
    {
        var workloads = new List<(KubeObject, IReadOnlyList<string>)>();
        var images = new Dictionary<string, ImageReference>(StringComparer.Ordinal);
        foreach (var obj in objects)
        {
            if (obj.Kind != "CustomResourceDefinition")
            {
                CheckContainerImages(obj, obj.Root);
            }

            if (PodSpecs.Find(obj) is not { } found)
            {
                continue;
            }

            var any = false;
            foreach (var node in PodSpecs.Images(found.Spec))
            {
                if (node is not YamlScalar { Type: ScalarType.String } scalar)
                {
                    throw new RenderFailure($"{obj.Source}:{node.Line}: {obj.Display}: image must be a string, not {node.Describe()}");
                }

                if (!ImageReference.TryParse(scalar.Value, out var reference, out var error))
                {
                    throw new RenderFailure($"{obj.Source}:{node.Line}: {obj.Display}: invalid image '{scalar.Value}': {error}");
                }

                images.TryAdd(reference.Original, reference);
                any = true;
            }

            if (any)
            {
                workloads.Add((obj, found.Path));
            }
        }

        return new ImageInventory(workloads, [.. images.Values]);
    }

    /// <summary>kustomize rewrites <c>image</c> in every containers list and fails on one that is not a scalar.</summary>
    private static void CheckContainerImages(KubeObject obj, YamlNode node)
    {
        switch (node)
        {
            case YamlMap map:
                foreach (var (key, value) in map.Entries)
                {
                    if (key is "containers" or "initContainers" && value is YamlSeq containers)
                    {
                        foreach (var container in containers.Items)
                        {
                            if (container is YamlMap c && c.Get("image") is YamlMap or YamlSeq)
                            {
                                var image = c.Get("image")!;
                                throw new RenderFailure($"{obj.Source}:{image.Line}: {obj.Display}: image must be a string, not {image.Describe()}");
                            }
                        }
                    }

                    CheckContainerImages(obj, value);
                }

                break;
            case YamlSeq seq:
                foreach (var item in seq.Items)
                {
                    CheckContainerImages(obj, item);
                }

                break;
        }
    }
}
