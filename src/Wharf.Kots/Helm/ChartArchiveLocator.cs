using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Wharf.Kots.Yaml;

namespace Wharf.Kots.Helm;

/// <summary>
/// Finds the chart archive a HelmChart names among the release's <c>.tgz</c> files, by the <c>name</c> and
/// <c>version</c> in the archive's own <c>Chart.yaml</c> (not by file name, SPEC §3.5). Only tar headers are
/// read until <c>CHART/Chart.yaml</c> turns up, within bounds, so a hostile archive cannot make this expensive.
/// </summary>
public static class ChartArchiveLocator
{
    private const int MaxEntries = 2_000;
    private const int MaxChartYamlBytes = 1024 * 1024;

    /// <summary>The release-relative path of the one matching archive, or null with the reason.</summary>
    /// <param name="releaseDirectory">The release root.</param>
    /// <param name="files">Release-relative paths ('/') of the release's files.</param>
    /// <param name="name">The chart name (<c>chart.name</c>).</param>
    /// <param name="version">The chart version (<c>chart.chartVersion</c>), or null for any.</param>
    /// <param name="error">Why nothing (or more than one archive) matched; unreadable archives are named.</param>
    public static string? Find(string releaseDirectory, IEnumerable<string> files, string name, string? version, out string? error)
    {
        ArgumentNullException.ThrowIfNull(files);
        var matches = new List<string>();
        var unreadable = new List<string>();
        foreach (var relative in files.Where(f => f.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase)))
        {
            var chart = ReadChartYaml(Path.Combine(releaseDirectory, relative), relative, out var problem);
            if (problem is not null)
            {
                unreadable.Add(problem);
            }

            if (chart is not null
                && chart.GetText("name") == name
                && (version is null || chart.GetText("version") == version))
            {
                matches.Add(relative);
            }
        }

        var wanted = version is null ? name : $"{name} {version}";
        error = matches.Count switch
        {
            0 => $"no chart archive for {wanted} in the release (looked for .tgz files whose Chart.yaml has that name and version)"
                + (unreadable.Count > 0 ? "; unreadable: " + string.Join("; ", unreadable) : string.Empty),
            1 => null,
            _ => $"several chart archives for {wanted}: {string.Join(", ", matches)}",
        };
        return matches.Count == 1 ? matches[0] : null;
    }

    private static YMap? ReadChartYaml(string path, string relative, out string? problem)
    {
        problem = null;
        try
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var tar = new TarReader(gzip);
            for (var i = 0; i < MaxEntries && tar.GetNextEntry() is { } entry; i++)
            {
                var parts = entry.Name.Split('/', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length != 2 || parts[1] != "Chart.yaml" || entry.DataStream is null || entry.Length > MaxChartYamlBytes)
                {
                    continue;
                }

                using var reader = new StreamReader(entry.DataStream, Encoding.UTF8);
                if (!YamlReader.TryRead(reader.ReadToEnd(), $"{relative}:{entry.Name}", out var documents, out var yamlError))
                {
                    problem = yamlError;
                    return null;
                }

                return documents.FirstOrDefault(d => d.Root is not null)?.Root as YMap;
            }

            problem = $"{relative} has no CHART/Chart.yaml";
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or UnauthorizedAccessException)
        {
            problem = $"{relative} is not a gzip tar archive";
        }

        return null;
    }
}
