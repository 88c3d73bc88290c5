using Wharf.Installer.Kube;
using Wharf.Installer.Yaml;
using Wharf.Kots;
using Wharf.Kots.Helm;

namespace Wharf.Installer.Release;

/// <summary>
/// Reads a release directory (SPEC §3.1): every <c>.yaml</c>/<c>.yml</c> file, every document in it.
/// KOTS renders every release file with its template functions before reading it, so documents are rendered
/// (<c>{{repl … }}</c>, then <c>repl{{ … }}</c>, SPEC §3.5) first: the Application in a context without it
/// (its domains are part of the context), then the vendor's Config items (defaults for <c>ConfigOption</c>), then
/// everything else in the full context. HelmChart
/// <c>kots.io/v1beta2</c> documents are left to <see cref="Kots.HelmChartV2Renderer"/>. KOTS custom resources
/// (<c>kots.io</c>, <c>troubleshoot.sh</c>, velero Backup) are read or set aside, not deployed; everything else
/// with <c>apiVersion</c> and <c>kind</c> is a manifest. Files and directories whose names start with '.' and
/// symbolic links are skipped, so nothing outside the release is read.
/// </summary>
internal static class ReleaseLoader
{
    /// <summary>Reads the files of <paramref name="directory"/>; null with a one-line error.</summary>
    public static ReleaseSource? Read(string directory, out string? error)
    {
        var source = new ReleaseSource(directory);
        error = null;
        foreach (var relative in ReleaseFiles.Enumerate(directory, source.Warnings))
        {
            source.Files.Add(relative);
            if (ReleaseFiles.IsYaml(relative))
            {
                if (!ReleaseFiles.TryReadText(Path.Combine(directory, relative), relative, out var text, out error))
                {
                    return null;
                }

                source.YamlFiles.Add((relative, text));
            }
        }

        return source;
    }

    /// <summary>
    /// Renders and classifies every document of <paramref name="source"/>. <paramref name="contextFor"/> gives the
    /// template context for the Application found (null while the Application itself is rendered).
    /// </summary>
    public static LoadedRelease Load(ReleaseSource source, Func<KotsApplication?, KotsContext> contextFor, out string? error)
    {
        var release = new LoadedRelease();
        release.Files.AddRange(source.Files);
        release.Warnings.AddRange(source.Warnings);
        error = null;

        // The Application first: its proxy and registry domains are part of every other document's context.
        var early = contextFor(null);
        foreach (var (relative, text) in source.YamlFiles)
        {
            foreach (var document in KotsDocuments.Split(text).Where(d => KotsDocuments.IsApplication(d.Text)))
            {
                // Blank lines in front keep error lines equal to the file's.
                var padded = new string('\n', document.Line - 1) + document.Text;
                if (!TryRenderTemplates(padded, relative, early, out var rendered, out error) || !AddDocuments(release, rendered, relative, out error))
                {
                    return release;
                }
            }
        }

        // Then the vendor's Config: ConfigOption falls back to its items' values and defaults.
        var context = contextFor(release.Application);
        foreach (var (relative, text) in source.YamlFiles)
        {
            foreach (var document in KotsDocuments.Split(text).Where(d => KotsDocuments.IsConfig(d.Text)))
            {
                var padded = new string('\n', document.Line - 1) + document.Text;
                if (!KotsConfigDefaults.TryApply(padded, relative, context, out var withConfig, out error, out var generated))
                {
                    return release;
                }

                context = withConfig;
                release.Warnings.AddRange(generated.Select(item =>
                    $"{relative}:{document.Line}: config item {item} is generated at random on every render; give it a value in --config-values to keep it"));
            }
        }

        release.Context = context;
        foreach (var (relative, text) in source.YamlFiles)
        {
            var rest = KotsDocuments.Blank(text, d => KotsDocuments.IsApplication(d.Text) || KotsDocuments.IsConfig(d.Text) || KotsDocuments.IsHelmChartV2(d.Text));
            if (!TryRenderTemplates(rest, relative, release.Context, out var rendered, out error) || !AddDocuments(release, rendered, relative, out error))
            {
                return release;
            }
        }

        return release;
    }

    private static bool TryRenderTemplates(string text, string relative, KotsContext context, out string rendered, out string? error)
    {
        error = null;
        rendered = text;
        if (!KotsDocuments.HasTemplates(text))
        {
            return true;
        }

        if (KotsTemplate.TryRender(text, relative, context, out var output, out var templateError))
        {
            rendered = output;
            return true;
        }

        error = templateError.ToString();
        return false;
    }

    /// <summary>Classifies the documents of one file; also used for <c>helm template</c> output.</summary>
    public static bool AddDocuments(LoadedRelease release, string text, string relative, out string? error) =>
        AddDocuments(release, text, relative, _ => relative, out error);

    /// <summary>Classifies the documents of a text, each placed at the path <paramref name="pathOf"/> gives it.</summary>
    public static bool AddDocuments(LoadedRelease release, string text, string display, Func<ParsedDocument, string> pathOf, out string? error)
    {
        var read = ManifestYamlReader.Read(text, display);
        if (!read.IsOk)
        {
            error = read.Error;
            return false;
        }

        foreach (var document in read.Documents)
        {
            var relative = pathOf(document);
            var where = $"{relative}:{document.Line}";
            if (document.Root is null)
            {
                continue;
            }

            if (document.Root is not YamlMap root || root.GetString("apiVersion") is not { } apiVersion || root.GetString("kind") is not { } kind)
            {
                release.Warnings.Add($"{where}: skipped, not a Kubernetes object (no apiVersion and kind)");
                continue;
            }

            if (!Classify(release, root, apiVersion, kind, relative, document.Line, out error))
            {
                return false;
            }
        }

        error = null;
        return true;
    }

    private static bool Classify(LoadedRelease release, YamlMap root, string apiVersion, string kind, string relative, long line, out string? error)
    {
        error = null;
        var where = $"{relative}:{line}";
        switch (apiVersion, kind)
        {
            case ("kots.io/v1beta1", "Application"):
                if (release.Application is not null)
                {
                    error = $"{where}: the release has more than one kots.io/v1beta1 Application";
                    return false;
                }

                release.Application = KotsApplication.Read(root, where, out error);
                return error is null;
            case ("kots.io/v1beta1", "HelmChart"):
                var chart = HelmChartV1.Read(root, where, out error);
                if (chart is not null)
                {
                    release.Charts.Add(chart);
                }

                return error is null;
            case ("kots.io/v1beta2", "HelmChart"):
                // HelmChartV2Renderer finds these by their text before rendering; one that gets here was not recognised.
                error = $"{where}: write a kots.io/v1beta2 HelmChart's apiVersion and kind as plain 'key: value' lines at the start of a line";
                return false;
            case ("velero.io/v1", "Backup"):
                return true;
            case ("kustomize.config.k8s.io/v1beta1", "Kustomization"):
                release.Warnings.Add($"{where}: skipped, a kustomization is not a Kubernetes object");
                return true;
        }

        if (apiVersion.StartsWith("kots.io/", StringComparison.Ordinal)
            || apiVersion.StartsWith("troubleshoot.sh/", StringComparison.Ordinal)
            || apiVersion.StartsWith("troubleshoot.replicated.com/", StringComparison.Ordinal))
        {
            return true; // KOTS custom resources configure the installer; they are not deployed.
        }

        var obj = KubeObject.TryCreate(root, relative, line, out error);
        if (obj is null)
        {
            return false;
        }

        release.Objects.Add(obj);
        return true;
    }
}
