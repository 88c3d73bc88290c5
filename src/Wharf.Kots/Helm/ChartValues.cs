using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Wharf.Kots.Yaml;

namespace Wharf.Kots.Helm;

/// <summary>
/// The default values a chart archive ships (<c>CHART/values.yaml</c>, and each subchart's own
/// <c>values.yaml</c>, unpacked or as a nested archive), for Embedded Cluster's <c>HelmValue PATH</c>: vendors read
/// the chart's image defaults and pass them through <c>ReplicatedImageName</c>. Archives are read within the same
/// bounds as the chart locator, so a hostile archive cannot make this expensive.
/// </summary>
public sealed class ChartValues
{
    private const int MaxEntries = 2_000;
    private const int MaxValuesBytes = 4 * 1024 * 1024;

    private readonly YMap parent;
    private readonly Dictionary<string, YMap> subcharts;

    private ChartValues(YMap parent, Dictionary<string, YMap> subcharts)
    {
        this.parent = parent;
        this.subcharts = subcharts;
    }

    /// <summary>Reads the values of the archive at <paramref name="archivePath"/>; null with the reason.</summary>
    public static ChartValues? TryRead(string archivePath, out string? error)
    {
        try
        {
            using var file = File.OpenRead(archivePath);
            var files = ReadValuesFiles(file, depth: 0);
            var chart = files.Keys.Select(k => k.Split('/')[0]).FirstOrDefault() ?? string.Empty;
            var parent = files.GetValueOrDefault($"{chart}/values.yaml") ?? new YMap();
            var subcharts = new Dictionary<string, YMap>(StringComparer.Ordinal);
            foreach (var (path, values) in files)
            {
                // CHART/charts/SUB/values.yaml (unpacked or from SUB-1.2.3.tgz, read as CHART/charts/SUB/values.yaml).
                var parts = path.Split('/');
                if (parts.Length == 4 && parts[1] == "charts")
                {
                    subcharts.TryAdd(parts[2], values);
                }
            }

            error = null;
            return new ChartValues(parent, subcharts);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or UnauthorizedAccessException)
        {
            error = $"cannot read chart values from {Path.GetFileName(archivePath)}: {e.Message}";
            return null;
        }
    }

    /// <summary>
    /// The scalar at the dotted <paramref name="path"/> (<c>.image.repository</c>; <c>.Values.image.repository</c> is
    /// read the same way), from the chart's values, else from the subchart the first segment names; <c>""</c> when
    /// there is none or it is not a scalar.
    /// </summary>
    public string Lookup(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.TrimStart('.').Split('.', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (segments.Count > 1 && segments[0] == "Values")
        {
            segments.RemoveAt(0);
        }

        if (segments.Count == 0)
        {
            return string.Empty;
        }

        if (Walk(parent, segments) is { } found)
        {
            return found;
        }

        return segments.Count > 1 && subcharts.TryGetValue(segments[0], out var sub) ? Walk(sub, segments.Skip(1).ToList()) ?? string.Empty : string.Empty;
    }

    private static string? Walk(YMap root, List<string> segments)
    {
        YNode? node = root;
        foreach (var segment in segments)
        {
            node = (node as YMap)?.Get(segment);
            if (node is null)
            {
                return null;
            }
        }

        return node is YScalar scalar ? (scalar.IsNull ? string.Empty : scalar.Text) : null;
    }

    /// <summary>Every <c>values.yaml</c> at CHART/ or CHART/charts/SUB/, nested subchart archives read one level down.</summary>
    private static Dictionary<string, YMap> ReadValuesFiles(Stream archive, int depth)
    {
        var found = new Dictionary<string, YMap>(StringComparer.Ordinal);
        using var gzip = new GZipStream(archive, CompressionMode.Decompress, leaveOpen: true);
        using var tar = new TarReader(gzip);
        for (var i = 0; i < MaxEntries && tar.GetNextEntry() is { } entry; i++)
        {
            var parts = entry.Name.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (entry.DataStream is null || entry.Length > MaxValuesBytes)
            {
                continue;
            }

            if (parts[^1] == "values.yaml" && (parts.Length == 2 || (parts.Length == 4 && parts[1] == "charts")))
            {
                using var reader = new StreamReader(entry.DataStream, Encoding.UTF8);
                if (YamlReader.TryRead(reader.ReadToEnd(), entry.Name, out var documents, out _)
                    && documents.FirstOrDefault(d => d.Root is not null)?.Root is YMap map)
                {
                    found[string.Join('/', parts)] = map;
                }
            }
            else if (depth == 0 && parts.Length == 3 && parts[1] == "charts" && parts[2].EndsWith(".tgz", StringComparison.Ordinal))
            {
                // A packaged subchart: its own CHART/values.yaml becomes PARENT/charts/SUB/values.yaml.
                using var nested = new MemoryStream();
                entry.DataStream.CopyTo(nested);
                nested.Position = 0;
                foreach (var (path, values) in ReadValuesFiles(nested, depth + 1).Where(p => p.Key.Count(c => c == '/') == 1))
                {
                    found.TryAdd($"{parts[0]}/charts/{path.Split('/')[0]}/values.yaml", values);
                }
            }
        }

        return found;
    }
}
