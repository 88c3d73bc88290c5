using Wharf.Installer.Kube;
using Wharf.Installer.Yaml;

namespace Wharf.Installer.Kustomize;

/// <summary>
/// Wharf's own build of <c>overlays/downstreams/this-cluster</c> (SPEC §3.1), so no kustomize binary is
/// needed at run time: the base objects plus the pull secrets, the pull-secret patches applied, the
/// images list applied the way kustomize's image transformer does (every <c>containers</c> and
/// <c>initContainers</c> list anywhere in an object except a CustomResourceDefinition), empty
/// <c>metadata.annotations</c> dropped, objects in kustomize's legacy order, keys sorted. The tests
/// check the result against real <c>kubectl kustomize</c>.
/// </summary>
internal static class KustomizeRenderer
{
    public static string Render(
        IReadOnlyList<KubeObject> baseObjects,
        IReadOnlyList<YamlMap> secrets,
        IReadOnlyDictionary<string, YamlMap> patchesById,
        IReadOnlyList<KustomizeImage> images)
    {
        var objects = new List<KubeObject>(baseObjects.Count + secrets.Count);
        foreach (var obj in baseObjects)
        {
            var root = (YamlMap)obj.Root.Clone();
            if (patchesById.TryGetValue(obj.Id, out var patch))
            {
                StrategicMerge.Apply(root, patch);
            }

            objects.Add(KubeObject.TryCreate(root, obj.Source, obj.Line, out _)!);
        }

        objects.AddRange(secrets.Select(s => KubeObject.TryCreate(s, "overlays/midstream/secret.yaml", 0, out _)!));
        foreach (var obj in objects)
        {
            if (images.Count > 0 && obj.Kind != "CustomResourceDefinition")
            {
                RewriteContainers(obj.Root, images);
            }

            if (obj.Root.Get("metadata") is YamlMap metadata
                && metadata.Get("annotations") is YamlMap { Count: 0 } or YamlScalar { Type: ScalarType.Null })
            {
                metadata.Remove("annotations");
            }
        }

        objects.Sort(LegacyOrder.Instance);
        return YamlWriter.WriteDocuments(objects.Select(o => (YamlNode)o.Root), sortKeys: true);
    }

    /// <summary>kustomize's legacy image filter: walks every field, rewriting <c>image</c> in the items of <c>containers</c>/<c>initContainers</c> sequences.</summary>
    private static void RewriteContainers(YamlNode node, IReadOnlyList<KustomizeImage> images)
    {
        switch (node)
        {
            case YamlMap map:
                foreach (var (key, value) in map.Entries)
                {
                    RewriteContainers(value, images);
                    if (key is "containers" or "initContainers" && value is YamlSeq containers)
                    {
                        foreach (var container in containers.Items)
                        {
                            if (container is YamlMap c && c.Get("image") is YamlScalar { Type: ScalarType.String } image)
                            {
                                var rewritten = KustomizeImages.Apply(image.Value, images);
                                if (!ReferenceEquals(rewritten, image.Value) && rewritten != image.Value)
                                {
                                    c.Set("image", new YamlScalar(ScalarType.String, rewritten, image.Line, image.Column));
                                }
                            }
                        }
                    }
                }

                break;
            case YamlSeq seq:
                foreach (var item in seq.Items)
                {
                    RewriteContainers(item, images);
                }

                break;
        }
    }
}
