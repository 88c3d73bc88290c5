using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Wharf.Testing;

namespace Wharf.Kots.Tests.Support;

/// <summary>A release directory built by a test: YAML files and real chart archives (.tgz with CHART/Chart.yaml).</summary>
internal sealed class ReleaseDirectory : IDisposable
{
    private readonly TempDirectory temp = TempDirectory.Create("wharf-kots-release-");

    public ReleaseDirectory()
    {
        Root = temp.Sub("release");
        Output = Path.Combine(temp.Path, "out");
    }

    public string Root { get; }

    public string Output { get; }

    public ReleaseDirectory File(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return this;
    }

    /// <param name="fileName">The archive's path in the release.</param>
    /// <param name="name">The chart name.</param>
    /// <param name="version">The chart version.</param>
    /// <param name="values">The chart's values.yaml.</param>
    /// <param name="extra">More entries (path inside the archive, bytes), e.g. subcharts.</param>
    public ReleaseDirectory Chart(string fileName, string name, string version, string values = "image:\n  repository: quay.io/my-org/api\n", params (string Path, byte[] Bytes)[] extra)
    {
        var path = Path.Combine(Root, fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, Archive(name, version, values, extra));
        return this;
    }

    /// <summary>A chart archive's bytes (for nesting a packaged subchart inside another archive).</summary>
    public static byte[] Archive(string name, string version, string values, params (string Path, byte[] Bytes)[] extra)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax))
        {
            Add(tar, $"{name}/Chart.yaml", $"apiVersion: v2\nname: {name}\nversion: {version}\n");
            Add(tar, $"{name}/values.yaml", values);
            Add(tar, $"{name}/templates/deployment.yaml", "kind: Deployment\n");
            foreach (var (entryPath, bytes) in extra)
            {
                var entry = new PaxTarEntry(TarEntryType.RegularFile, entryPath) { DataStream = new MemoryStream(bytes) };
                tar.WriteEntry(entry);
            }
        }

        return buffer.ToArray();
    }

    public static string HelmChart(string chart, string? version = null, string? releaseName = null, string values = "  values:\n    a: 1\n") =>
        $"""
        apiVersion: kots.io/v1beta2
        kind: HelmChart
        metadata:
          name: {chart}
        spec:
          chart:
            name: {chart}
        {(version is null ? string.Empty : $"    chartVersion: {version}\n")}{(releaseName is null ? string.Empty : $"  releaseName: {releaseName}\n")}{values}
        """;

    public void Dispose() => temp.Dispose();

    private static void Add(TarWriter tar, string name, string text)
    {
        var entry = new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) };
        tar.WriteEntry(entry);
    }
}
