using System.Text.RegularExpressions;
using Wharf.Kots.Helm;
using Wharf.Kots.Yaml;

namespace Wharf.Kots;

/// <summary>
/// HelmChart <c>kots.io/v1beta2</c> processing (SPEC §3.5): each HelmChart document is rendered whole with the
/// two KOTS passes, then <c>spec.values</c> is taken and every <c>optionalValues</c> entry whose <c>when</c> is
/// true is merged in (<see cref="ValuesMerge"/>); the chart archive is found by <c>chart.name</c> /
/// <c>chart.chartVersion</c>, and <c>helm/RELEASE/values.yaml</c> is written next to a copy of it.
/// No image is rewritten for v2: vendors route images through values.
/// </summary>
/// <remarks>
/// <see cref="Plan"/> reads and renders without writing, so a caller that writes a whole output tree at once
/// (<c>wharf render</c>) can fail before anything exists; <see cref="Write"/> then puts the planned files in place.
/// </remarks>
public static partial class HelmChartV2Renderer
{
    /// <summary>The output sub-directory (SPEC §3.1).</summary>
    public const string HelmDirectory = "helm";

    /// <summary>The values file name in each release directory.</summary>
    public const string ValuesFileName = "values.yaml";

    /// <summary>Plans, then writes into <paramref name="outputDirectory"/> when every chart rendered.</summary>
    public static HelmChartV2Result Render(string releaseDirectory, KotsContext context, string outputDirectory)
    {
        var plan = Plan(releaseDirectory, context);
        return plan.Succeeded ? Write(plan, releaseDirectory, outputDirectory) : plan;
    }

    /// <summary>Renders every v1beta2 HelmChart of the release and locates its archive; writes nothing.</summary>
    public static HelmChartV2Result Plan(string releaseDirectory, KotsContext context)
    {
        ArgumentNullException.ThrowIfNull(releaseDirectory);
        ArgumentNullException.ThrowIfNull(context);
        if (!Directory.Exists(releaseDirectory))
        {
            return HelmChartV2Result.Fail($"release directory {releaseDirectory} does not exist");
        }

        var files = ReleaseFiles.Enumerate(releaseDirectory);
        var yamlFiles = new List<(string Relative, string Text)>();
        foreach (var relative in files.Where(ReleaseFiles.IsYaml))
        {
            if (!ReleaseFiles.TryReadText(Path.Combine(releaseDirectory, relative), relative, out var text, out var readError))
            {
                return HelmChartV2Result.Fail(readError!);
            }

            yamlFiles.Add((relative, text));
        }

        return Plan(releaseDirectory, files, yamlFiles, context);
    }

    /// <summary>
    /// As <see cref="Plan(string, KotsContext)"/> for a release already read (<see cref="ReleaseFiles"/>): every
    /// file's release-relative path, and the YAML files' text.
    /// </summary>
    public static HelmChartV2Result Plan(string releaseDirectory, IReadOnlyList<string> files, IEnumerable<(string Relative, string Text)> yamlFiles, KotsContext context)
    {
        ArgumentNullException.ThrowIfNull(yamlFiles);
        ArgumentNullException.ThrowIfNull(context);
        var charts = new List<HelmChartV2Output>();
        foreach (var (relative, text) in yamlFiles)
        {
            var rendered = RenderDocuments(text, relative, document => ContextWithChartValues(document, relative, context, releaseDirectory, files));
            if (!rendered.Succeeded)
            {
                return rendered;
            }

            foreach (var chart in rendered.Charts)
            {
                if (chart.Excluded)
                {
                    charts.Add(chart);
                    continue;
                }

                var archive = ChartArchiveLocator.Find(releaseDirectory, files, chart.ChartName, chart.ChartVersion, out var findError);
                if (archive is null)
                {
                    return HelmChartV2Result.Fail($"{chart.Source}: {findError}");
                }

                charts.Add(chart with { ArchivePath = archive });
            }
        }

        var duplicate = charts.Where(c => !c.Excluded).GroupBy(c => c.ReleaseName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? HelmChartV2Result.Ok(charts)
            : HelmChartV2Result.Fail($"release name {duplicate.Key} is used by several HelmCharts: {string.Join(", ", duplicate.Select(c => c.Source))}");
    }

    /// <summary>
    /// Renders the v1beta2 HelmChart documents in one file's <paramref name="text"/> (other documents are left
    /// alone); no archive is looked up. Errors name <paramref name="fileName"/> with the line in that file.
    /// </summary>
    public static HelmChartV2Result RenderDocument(string text, string fileName, KotsContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        return RenderDocuments(text, fileName, _ => (context, null));
    }

    /// <summary>Renders each v1beta2 HelmChart of <paramref name="text"/> in the context <paramref name="contextFor"/> gives it.</summary>
    private static HelmChartV2Result RenderDocuments(string text, string fileName, Func<KotsDocumentText, (KotsContext? Context, string? Error)> contextFor)
    {
        var charts = new List<HelmChartV2Output>();
        foreach (var document in KotsDocuments.Split(text).Where(d => KotsDocuments.IsHelmChartV2(d.Text)))
        {
            var (context, contextError) = contextFor(document);
            if (context is null)
            {
                return HelmChartV2Result.Fail(contextError!);
            }

            // Blank lines in front keep template and YAML error lines equal to the file's.
            var padded = new string('\n', document.Line - 1) + document.Text;
            if (!KotsTemplate.TryRender(padded, fileName, context, out var rendered, out var templateError))
            {
                return HelmChartV2Result.Fail(templateError.ToString());
            }

            if (!YamlReader.TryRead(rendered, fileName, out var parsed, out var yamlError))
            {
                return HelmChartV2Result.Fail(yamlError);
            }

            var source = $"{fileName}:{document.Line}";
            var roots = parsed.Where(d => d.Root is not null).ToList();
            if (roots.Count != 1 || roots[0].Root is not YMap root
                || root.GetText("apiVersion") != "kots.io/v1beta2" || root.GetText("kind") != "HelmChart")
            {
                return HelmChartV2Result.Fail($"{source}: the rendered HelmChart is not one kots.io/v1beta2 HelmChart mapping");
            }

            var chart = HelmChartV2.Read(root, fileName, out var chartError);
            if (chart is null)
            {
                return HelmChartV2Result.Fail(chartError!);
            }

            var values = YamlWriter.Write(ValuesMerge.Apply(chart.Values, chart.Optional));
            charts.Add(new HelmChartV2Output(source, chart.ReleaseName, chart.ChartName, chart.ChartVersion, chart.Namespace, chart.Exclude, null, values));
        }

        return HelmChartV2Result.Ok(charts);
    }

    /// <summary>
    /// The context for one document: for a document that calls <c>HelmValue</c>, the chart archive it names is
    /// found first (from <c>spec.chart</c> read with every template action blanked, since the chart is named before
    /// anything is rendered) and its default values are added.
    /// </summary>
    private static (KotsContext? Context, string? Error) ContextWithChartValues(
        KotsDocumentText document, string fileName, KotsContext context, string releaseDirectory, IReadOnlyList<string> files)
    {
        if (!document.Text.Contains("HelmValue", StringComparison.Ordinal))
        {
            return (context, null);
        }

        var where = $"{fileName}:{document.Line}";
        var untemplated = TemplateAction().Replace(document.Text, "x");
        var spec = YamlReader.TryRead(untemplated, fileName, out var parsed, out _)
            ? ((parsed.FirstOrDefault(d => d.Root is not null)?.Root as YMap)?.Get("spec") as YMap)?.Get("chart") as YMap
            : null;
        if (spec?.GetText("name") is not { Length: > 0 } name)
        {
            return (null, $"{where}: HelmValue needs spec.chart.name written without templates, to find the chart archive");
        }

        var version = spec.GetText("chartVersion");
        var archive = ChartArchiveLocator.Find(releaseDirectory, files, name, string.IsNullOrEmpty(version) ? null : version, out var findError);
        if (archive is null)
        {
            return (null, $"{where}: {findError}");
        }

        var values = ChartValues.TryRead(Path.Combine(releaseDirectory, archive), out var readError);
        return values is null ? (null, $"{where}: {readError}") : (context with { ChartValues = values }, null);
    }

    [GeneratedRegex(@"\{\{repl.*?\}\}|repl\{\{.*?\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex TemplateAction();

    /// <summary>
    /// Writes <c>helm/RELEASE/values.yaml</c> and a copy of the chart archive for every planned chart that is not
    /// excluded. Returns <paramref name="plan"/>, or a failure naming the file that could not be written.
    /// </summary>
    public static HelmChartV2Result Write(HelmChartV2Result plan, string releaseDirectory, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(outputDirectory);
        if (!plan.Succeeded)
        {
            return plan;
        }

        foreach (var chart in plan.Charts.Where(c => !c.Excluded))
        {
            var directory = Path.Combine(outputDirectory, HelmDirectory, chart.ReleaseName);
            try
            {
                Directory.CreateDirectory(directory);
                File.WriteAllText(Path.Combine(directory, ValuesFileName), chart.ValuesYaml);
                if (chart.ArchivePath is { } archive)
                {
                    File.Copy(Path.Combine(releaseDirectory, archive), Path.Combine(directory, Path.GetFileName(archive)), overwrite: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return HelmChartV2Result.Fail($"cannot write {directory}: {e.Message}");
            }
        }

        return plan;
    }
}
