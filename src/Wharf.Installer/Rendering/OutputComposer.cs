using Wharf.Installer.Kube;
using Wharf.Installer.Kustomize;
using Wharf.Installer.Output;
using Wharf.Installer.Yaml;
using Wharf.Kots;

namespace Wharf.Installer.Rendering;

/// <summary>
/// Lays out the output tree of SPEC §3.1 in memory:
/// <c>upstream/</c> (the release as given, plus <c>userdata/installation.yaml</c> with <c>knownImages</c> where KOTS keeps them),
/// <c>base/</c> (one file per release file with its objects, normalised, and a kustomization listing them),
/// <c>overlays/midstream/</c> (images list, pull secrets, pull-secret patches),
/// <c>overlays/downstreams/this-cluster/</c>, and <c>rendered/this-cluster/manifests.yaml</c>.
/// </summary>
internal static class OutputComposer
{
    public const string InstallationFile = "upstream/userdata/installation.yaml";
    public const string RenderedFile = "rendered/this-cluster/manifests.yaml";

    public static OutputTree Compose(
        string releaseDirectory,
        IReadOnlyList<string> releaseFiles,
        IReadOnlyList<KubeObject> objects,
        IReadOnlyList<KnownImage> knownImages,
        IReadOnlyList<string> additionalNamespaces,
        IReadOnlyList<KustomizeImage> images,
        IReadOnlyList<YamlMap> secrets,
        IReadOnlyList<(KubeObject Target, YamlMap Patch)> patches,
        string appSlug)
    {
        var tree = new OutputTree();
        foreach (var file in releaseFiles)
        {
            tree.Copies["upstream/" + file] = Path.Combine(releaseDirectory, file);
        }

        tree.Copies.Remove(InstallationFile);
        tree.Add(InstallationFile, YamlWriter.Write(Installation(appSlug, knownImages, additionalNamespaces), sortKeys: false));

        var baseFiles = new List<string>();
        foreach (var group in objects.GroupBy(o => o.Source, StringComparer.Ordinal))
        {
            baseFiles.Add(group.Key);
            tree.Add("base/" + group.Key, YamlWriter.WriteDocuments(group.Select(o => (YamlNode)o.Root), sortKeys: false));
        }

        tree.Add("base/kustomization.yaml", YamlWriter.Write(Kustomizations.Base(baseFiles), sortKeys: true));
        tree.Add("overlays/midstream/kustomization.yaml", YamlWriter.Write(Kustomizations.Midstream(images, patches.Count > 0), sortKeys: true));
        tree.Add("overlays/midstream/secret.yaml", YamlWriter.WriteDocuments(secrets, sortKeys: false));
        tree.Add("overlays/midstream/pullsecrets.yaml", patches.Count > 0
            ? YamlWriter.WriteDocuments(patches.Select(p => (YamlNode)p.Patch), sortKeys: false)
            : "# No object has an image: nothing to patch.\n");
        tree.Add("overlays/downstreams/this-cluster/kustomization.yaml", YamlWriter.Write(Kustomizations.Downstream(), sortKeys: true));

        var patchesById = patches.ToDictionary(p => p.Target.Id, p => p.Patch, StringComparer.Ordinal);
        tree.Add(RenderedFile, KustomizeRenderer.Render(objects, secrets, patchesById, images));
        return tree;
    }

    /// <summary>
    /// <c>helm/RELEASE/values.yaml</c> and a copy of the chart archive next to it for every HelmChart
    /// <c>kots.io/v1beta2</c> that is not excluded (SPEC §3.1, §3.5), ready for <c>helm upgrade -i -f</c>.
    /// </summary>
    public static void AddHelmValues(OutputTree tree, string releaseDirectory, IEnumerable<HelmChartV2Output> charts)
    {
        foreach (var chart in charts.Where(c => !c.Excluded))
        {
            var directory = $"{HelmChartV2Renderer.HelmDirectory}/{chart.ReleaseName}/";
            tree.Add(directory + HelmChartV2Renderer.ValuesFileName, chart.ValuesYaml);
            if (chart.ArchivePath is { } archive)
            {
                tree.Copies[directory + Path.GetFileName(archive)] = Path.Combine(releaseDirectory, archive);
            }
        }
    }

    /// <summary>A KOTS <c>Installation</c> with <c>knownImages</c> (SPEC §3.2) and the Application's
    /// <c>additionalNamespaces</c>, <c>"*"</c> included, for the run-time part (SPEC §3.4).</summary>
    private static YamlMap Installation(string appSlug, IReadOnlyList<KnownImage> knownImages, IReadOnlyList<string> additionalNamespaces)
    {
        var known = new YamlSeq();
        foreach (var image in knownImages)
        {
            var entry = new YamlMap();
            entry.Set("image", YamlScalar.String(image.Image));
            entry.Set("isPrivate", new YamlScalar(ScalarType.Bool, image.IsPrivate ? "true" : "false"));
            known.Items.Add(entry);
        }

        var spec = new YamlMap();
        spec.Set("knownImages", known);
        if (additionalNamespaces.Count > 0)
        {
            var namespaces = new YamlSeq();
            namespaces.Items.AddRange(additionalNamespaces.Select(YamlScalar.String));
            spec.Set("additionalNamespaces", namespaces);
        }

        var metadata = new YamlMap();
        metadata.Set("name", YamlScalar.String(appSlug));
        var root = new YamlMap();
        root.Set("apiVersion", YamlScalar.String("kots.io/v1beta1"));
        root.Set("kind", YamlScalar.String("Installation"));
        root.Set("metadata", metadata);
        root.Set("spec", spec);
        return root;
    }
}
