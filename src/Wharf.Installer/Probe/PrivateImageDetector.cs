using Wharf.Oci;

namespace Wharf.Installer.Probe;

/// <summary>
/// Runs the probe over the images of a release (SPEC §3.2): each distinct image string once (the memo),
/// at most <c>concurrency</c> at a time, reporting progress as answers arrive.
/// </summary>
internal sealed class PrivateImageDetector(IImageProbe probe, int concurrency, IProgress<ProbeProgress>? progress)
{
    public async Task<IReadOnlyDictionary<string, ImageProbeResult>> ProbeAllAsync(IReadOnlyCollection<ImageReference> images, CancellationToken ct)
    {
        var distinct = images.DistinctBy(i => i.Original).ToList();
        var results = new Dictionary<string, ImageProbeResult>(StringComparer.Ordinal);
        if (distinct.Count == 0)
        {
            return results;
        }

        using var gate = new SemaphoreSlim(Math.Max(1, concurrency));
        var done = 0;
        progress?.Report(new ProbeProgress(0, distinct.Count));
        var tasks = distinct.Select(async image =>
        {
            await gate.WaitAsync(ct);
            try
            {
                var result = await probe.ProbeAsync(image, ct);
                progress?.Report(new ProbeProgress(Interlocked.Increment(ref done), distinct.Count));
                return (image.Original, result);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();

        foreach (var (image, result) in await Task.WhenAll(tasks))
        {
            results[image] = result;
        }

        return results;
    }
}
