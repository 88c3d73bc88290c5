using Wharf.Installer.Yaml;

namespace Wharf.Installer.Kustomize;

/// <summary>
/// The part of kustomize's strategic-merge patching that Wharf's own patches use (SPEC §3.3): mappings
/// merge key by key; a list of mappings keyed by <c>name</c> (such as <c>imagePullSecrets</c>) merges by
/// name with the patch's entries first and the target's other entries after, in their order (what
/// kustomize produces); any other list or scalar is replaced.
/// </summary>
internal static class StrategicMerge
{
    public static void Apply(YamlMap target, YamlMap patch)
    {
        foreach (var (key, value) in patch.Entries)
        {
            var current = target.Get(key);
            switch (value)
            {
                case YamlMap patchMap when current is YamlMap targetMap:
                    Apply(targetMap, patchMap);
                    break;
                case YamlSeq patchSeq when current is YamlSeq targetSeq && IsKeyedByName(patchSeq):
                    target.Set(key, MergeByName(targetSeq, patchSeq));
                    break;
                default:
                    target.Set(key, value.Clone());
                    break;
            }
        }
    }

    private static bool IsKeyedByName(YamlSeq seq) =>
        seq.Items.Count > 0 && seq.Items.All(i => i is YamlMap m && m.GetString("name") is not null);

    private static YamlSeq MergeByName(YamlSeq target, YamlSeq patch)
    {
        var merged = new YamlSeq(target.Line, target.Column);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in patch.Items)
        {
            names.Add(((YamlMap)item).GetString("name")!);
            merged.Items.Add(item.Clone());
        }

        foreach (var item in target.Items)
        {
            if (item is YamlMap m && m.GetString("name") is { } name && names.Contains(name))
            {
                continue;
            }

            merged.Items.Add(item);
        }

        return merged;
    }
}
