namespace Wharf.Kots;

/// <summary>One rendered <c>kots.io/v1beta2</c> HelmChart (SPEC §3.5).</summary>
/// <param name="Source">Where the HelmChart was read, <c>file:line</c> (release-relative).</param>
/// <param name="ReleaseName"><c>spec.releaseName</c>, else <c>spec.chart.name</c>: the directory under <c>helm/</c>.</param>
/// <param name="ChartName"><c>spec.chart.name</c>.</param>
/// <param name="ChartVersion"><c>spec.chart.chartVersion</c>, if given.</param>
/// <param name="Namespace"><c>spec.namespace</c> after rendering, if given.</param>
/// <param name="Excluded"><c>spec.exclude</c> rendered to true: nothing is written for this chart.</param>
/// <param name="ArchivePath">The release-relative chart archive, when located (not for excluded charts or single documents).</param>
/// <param name="ValuesYaml">The merged values, ready for <c>helm upgrade -i -f</c>.</param>
public sealed record HelmChartV2Output(
    string Source,
    string ReleaseName,
    string ChartName,
    string? ChartVersion,
    string? Namespace,
    bool Excluded,
    string? ArchivePath,
    string ValuesYaml);
