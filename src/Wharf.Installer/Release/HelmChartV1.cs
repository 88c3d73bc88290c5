using Wharf.Installer.Yaml;
using Wharf.Kots.Helm;

namespace Wharf.Installer.Release;

/// <summary>
/// A <c>kots.io/v1beta1</c> HelmChart (SPEC §3.3): which chart archive to render with <c>helm template</c>,
/// under which release name and namespace, with which values.
/// </summary>
/// <param name="Source">Where the custom resource was read (<c>file:line</c>).</param>
/// <param name="ChartName"><c>spec.chart.name</c>.</param>
/// <param name="ChartVersion"><c>spec.chart.chartVersion</c>, if given.</param>
/// <param name="ReleaseName"><c>spec.chart.releaseName</c>, else <c>metadata.name</c>.</param>
/// <param name="Namespace"><c>spec.namespace</c>, if given.</param>
/// <param name="Values"><c>spec.values</c> (an empty mapping when absent).</param>
/// <param name="Exclude"><c>spec.exclude: true</c>: the chart is not rendered.</param>
internal sealed record HelmChartV1(string Source, string ChartName, string? ChartVersion, string ReleaseName, string? Namespace, YamlMap Values, bool Exclude)
{
    public static HelmChartV1? Read(YamlMap root, string where, out string? error)
    {
        error = null;
        var spec = root.Get("spec") as YamlMap;
        var chart = spec?.Get("chart") as YamlMap;
        var chartName = chart?.GetString("name");
        if (spec is null || chart is null || string.IsNullOrWhiteSpace(chartName))
        {
            error = $"{where}: HelmChart needs spec.chart.name";
            return null;
        }

        var version = chart.Get("chartVersion") is YamlScalar { Type: not ScalarType.Null } v ? v.Value : null;
        var releaseName = chart.GetString("releaseName") is { Length: > 0 } r ? r : (root.Get("metadata") as YamlMap)?.GetString("name");
        if (string.IsNullOrWhiteSpace(releaseName))
        {
            error = $"{where}: HelmChart needs spec.chart.releaseName or metadata.name";
            return null;
        }

        var values = spec.Get("values") switch
        {
            YamlMap map => map,
            null or YamlScalar { Type: ScalarType.Null } => new YamlMap(),
            _ => null,
        };
        if (values is null)
        {
            error = $"{where}: HelmChart spec.values must be a mapping";
            return null;
        }

        var exclude = spec.Get("exclude") switch
        {
            null or YamlScalar { Type: ScalarType.Null } => false,
            YamlScalar { Type: ScalarType.Bool } b => b.Value == "true",
            YamlScalar { Type: ScalarType.String } s => GoBool.Parse(s.Value),
            _ => (bool?)null,
        };
        if (exclude is null)
        {
            error = $"{where}: HelmChart spec.exclude must be true or false";
            return null;
        }

        return new HelmChartV1(where, chartName, version, releaseName, NonEmpty(spec.GetString("namespace")), values, exclude.Value);
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
