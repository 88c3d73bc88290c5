using Wharf.Installer.Yaml;

namespace Wharf.Installer.Kustomize;

/// <summary>
/// The three kustomization.yaml files of the output (SPEC §3.1), written with sorted keys and sorted
/// <c>bases</c>, <c>resources</c> and patch lists (SPEC §3.3). <c>bases</c> and
/// <c>patchesStrategicMerge</c> are the fields KOTS writes; kustomize v5 still reads them (with a
/// deprecation warning).
/// </summary>
internal static class Kustomizations
{
    public static YamlMap Base(IEnumerable<string> resources) => Document(("resources", List(resources)));

    public static YamlMap Midstream(IReadOnlyList<KustomizeImage> images, bool hasPatches)
    {
        var fields = new List<(string, YamlNode)> { ("bases", List(["../../base"])) };
        if (images.Count > 0)
        {
            var seq = new YamlSeq();
            foreach (var image in images)
            {
                var entry = new YamlMap();
                entry.Set("name", YamlScalar.String(image.Name));
                entry.Set("newName", YamlScalar.String(image.NewName));
                seq.Items.Add(entry);
            }

            fields.Add(("images", seq));
        }

        if (hasPatches)
        {
            fields.Add(("patchesStrategicMerge", List(["pullsecrets.yaml"])));
        }

        fields.Add(("resources", List(["secret.yaml"])));
        return Document([.. fields]);
    }

    public static YamlMap Downstream() => Document(("bases", List(["../../midstream"])));

    private static YamlMap Document(params (string Key, YamlNode Value)[] fields)
    {
        var map = new YamlMap();
        map.Set("apiVersion", YamlScalar.String("kustomize.config.k8s.io/v1beta1"));
        map.Set("kind", YamlScalar.String("Kustomization"));
        foreach (var (key, value) in fields)
        {
            map.Set(key, value);
        }

        return map;
    }

    private static YamlSeq List(IEnumerable<string> items)
    {
        var seq = new YamlSeq();
        seq.Items.AddRange(items.Order(StringComparer.Ordinal).Select(YamlScalar.String));
        return seq;
    }
}
