using System.Diagnostics;
using System.Text;
using Wharf.Installer.Release;
using Wharf.Installer.Yaml;

namespace Wharf.Installer.Helm;

/// <summary>
/// Renders a HelmChart <c>kots.io/v1beta1</c> with the <c>helm</c> found on PATH (SPEC §3.3):
/// <c>helm template RELEASE CHART.tgz --namespace NS --values VALUES --include-crds</c>, values written
/// from the custom resource's <c>spec.values</c> to a temporary file. CRDs are included because the
/// output is applied as plain manifests, not installed by Helm.
/// </summary>
internal sealed class HelmTemplateRunner(string? searchPath, TimeSpan timeout)
{
    public async Task<(string? Output, string? Error)> RenderAsync(HelmChartV1 chart, string chartArchive, string ns, CancellationToken ct)
    {
        var helm = ToolLocator.Find("helm", searchPath);
        if (helm is null)
        {
            return (null, $"{chart.Source}: HelmChart {chart.ReleaseName} is rendered with `helm template`, but helm is not on PATH (install Helm 3)");
        }

        var temp = Directory.CreateTempSubdirectory("wharf-helm-");
        try
        {
            var values = Path.Combine(temp.FullName, "values.yaml");
            await File.WriteAllTextAsync(values, YamlWriter.Write(chart.Values, sortKeys: false), ct);
            var start = new ProcessStartInfo(helm)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (var argument in (string[])["template", chart.ReleaseName, chartArchive, "--namespace", ns, "--values", values, "--include-crds"])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            var stderr = process.StandardError.ReadToEndAsync(ct);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            deadline.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                ct.ThrowIfCancellationRequested();
                return (null, $"{chart.Source}: helm template did not finish within {timeout.TotalSeconds:0} s");
            }

            var output = await stdout;
            var errors = await stderr;
            if (process.ExitCode != 0)
            {
                var line = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
                return (null, $"{chart.Source}: helm template failed for {chart.ReleaseName} (exit code {process.ExitCode}): {line}");
            }

            return (output, null);
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }
}
