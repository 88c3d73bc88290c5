using Wharf.Installer.Yaml;

namespace Wharf.Installer.Kube;

/// <summary>
/// Where an object keeps its pod spec (SPEC §3.3): <c>spec</c> for a Pod, <c>spec.template.spec</c> for
/// every pod-template kind (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, ReplicationController,
/// and custom kinds of the same shape), <c>spec.jobTemplate.spec.template.spec</c> for a CronJob (and
/// its look-alikes), <c>template.spec</c> for a PodTemplate.
/// </summary>
internal static class PodSpecs
{
    private static readonly string[] PodPath = ["spec"];
    private static readonly string[] TemplatePath = ["spec", "template", "spec"];
    private static readonly string[] JobTemplatePath = ["spec", "jobTemplate", "spec", "template", "spec"];
    private static readonly string[] PodTemplatePath = ["template", "spec"];

    /// <summary>The pod spec of <paramref name="obj"/> and the path to it, or null when it has none.</summary>
    public static (YamlMap Spec, IReadOnlyList<string> Path)? Find(KubeObject obj)
    {
        IEnumerable<string[]> candidates = obj.Kind switch
        {
            "Pod" => [PodPath],
            "PodTemplate" => [PodTemplatePath],
            _ => [TemplatePath, JobTemplatePath],
        };
        foreach (var path in candidates)
        {
            if (Walk(obj.Root, path) is { } spec && (spec.Get("containers") is YamlSeq || spec.Get("initContainers") is YamlSeq))
            {
                return (spec, path);
            }
        }

        return null;
    }

    /// <summary>Every <c>image</c> of <c>containers</c> and <c>initContainers</c>, in order, with the node for positions.</summary>
    public static IEnumerable<YamlNode> Images(YamlMap podSpec)
    {
        foreach (var field in (string[])["containers", "initContainers"])
        {
            if (podSpec.Get(field) is not YamlSeq containers)
            {
                continue;
            }

            foreach (var container in containers.Items)
            {
                if (container is YamlMap map && map.Get("image") is { } image)
                {
                    yield return image;
                }
            }
        }
    }

    private static YamlMap? Walk(YamlMap root, string[] path)
    {
        YamlMap? current = root;
        foreach (var key in path)
        {
            current = current?.Get(key) as YamlMap;
        }

        return current;
    }
}
