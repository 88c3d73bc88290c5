using System.Text;
using Wharf.Installer.Helm;
using Wharf.Kots.Helm;
using Wharf.Installer.Release;

namespace Wharf.Installer.Rendering;

/// <summary>
/// Turns each HelmChart <c>kots.io/v1beta1</c> into plain manifests (SPEC §3.3): chart archive located by
/// its Chart.yaml, <c>helm template</c> run, and each output document placed under
/// <c>base/charts/RELEASE/</c> at the path of its <c># Source:</c> comment (cleaned, so it cannot leave that directory).
/// </summary>
internal static class HelmCharts
{
    public static async Task AddAsync(LoadedRelease release, RenderOptions options, CancellationToken ct)
    {
        var runner = new HelmTemplateRunner(options.ToolSearchPath, options.HelmTimeout);
        foreach (var chart in release.Charts.Where(c => !c.Exclude))
        {
            var archive = ChartArchiveLocator.Find(options.ReleaseDirectory, release.Files, chart.ChartName, chart.ChartVersion, out var error)
                ?? throw new RenderFailure($"{chart.Source}: {error}");
            var ns = chart.Namespace ?? options.Namespace ?? "default";
            var (output, failure) = await runner.RenderAsync(chart, Path.GetFullPath(Path.Combine(options.ReleaseDirectory, archive)), ns, ct);
            if (output is null)
            {
                throw new RenderFailure(failure!);
            }

            var prefix = $"charts/{Clean(chart.ReleaseName)}/";
            if (!ReleaseLoader.AddDocuments(release, output, $"helm template {chart.ReleaseName}", d => prefix + SourcePath(d.SourceComment), out var problem))
            {
                throw new RenderFailure(problem!);
            }
        }
    }

    private static string SourcePath(string? source)
    {
        var parts = (source ?? string.Empty).Split('/', '\\')
            .Select(Clean)
            .Where(p => p.Length > 0 && p is not ("." or ".."))
            .ToList();
        var path = parts.Count == 0 ? "manifests.yaml" : string.Join('/', parts);
        return path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal) ? path : path + ".yaml";
    }

    private static string Clean(string component)
    {
        var sb = new StringBuilder();
        foreach (var c in component)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        return sb.ToString().Trim('.');
    }
}
