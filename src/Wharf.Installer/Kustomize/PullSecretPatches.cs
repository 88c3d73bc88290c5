using Wharf.Installer.Kube;
using Wharf.Installer.Yaml;

namespace Wharf.Installer.Kustomize;

/// <summary>
/// <c>pullsecrets.yaml</c> (SPEC §3.3): for every object whose pod spec has an image, a strategic-merge
/// patch naming the object (apiVersion, kind, metadata name/namespace/labels) that adds
/// <c>imagePullSecrets: [{name: APP_SLUG-registry}]</c> at its pod spec. Pull secrets already there are kept
/// (the merge is by name).
/// </summary>
internal static class PullSecretPatches
{
    public static YamlMap Build(KubeObject obj, IReadOnlyList<string> podSpecPath, string secretName)
    {
        var patch = new YamlMap();
        patch.Set("apiVersion", YamlScalar.String(obj.ApiVersion));
        patch.Set("kind", YamlScalar.String(obj.Kind));
        var metadata = new YamlMap();
        var source = (YamlMap)obj.Root.Get("metadata")!;
        if (source.Get("labels") is YamlMap { Count: > 0 } labels)
        {
            metadata.Set("labels", labels.Clone());
        }

        metadata.Set("name", YamlScalar.String(obj.Name));
        if (obj.Namespace is not null)
        {
            metadata.Set("namespace", YamlScalar.String(obj.Namespace));
        }

        patch.Set("metadata", metadata);

        var secret = new YamlMap();
        secret.Set("name", YamlScalar.String(secretName));
        var list = new YamlSeq();
        list.Items.Add(secret);
        YamlNode value = new YamlMap();
        ((YamlMap)value).Set("imagePullSecrets", list);
        for (var i = podSpecPath.Count - 1; i >= 0; i--)
        {
            var parent = new YamlMap();
            parent.Set(podSpecPath[i], value);
            value = parent;
        }

        foreach (var (key, node) in ((YamlMap)value).Entries)
        {
            patch.Set(key, node);
        }

        return patch;
    }
}
