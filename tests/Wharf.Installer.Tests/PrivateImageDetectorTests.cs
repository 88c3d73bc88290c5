using Wharf.Installer.Probe;
using Wharf.Oci;

namespace Wharf.Installer.Tests;

/// <summary>Bounded concurrency, memo per image string and progress of the probe run (SPEC §3.2).</summary>
public class PrivateImageDetectorTests
{
    [Fact]
    public async Task ProbeAllAsync_ManyImages_NeverMoreThanConcurrencyAtOnce()
    {
        var probe = new GatedProbe();
        var images = Enumerable.Range(0, 25).Select(i => ImageReference.Parse($"quay.io/org/img{i}:1")).ToList();
        var detector = new PrivateImageDetector(probe, 4, null);

        var run = detector.ProbeAllAsync(images, CancellationToken.None);
        await probe.WaitForInFlightAsync(4);
        probe.ReleaseAll();
        var results = await run;

        Assert.Equal(25, results.Count);
        Assert.Equal(4, probe.MaxInFlight);
    }

    [Fact]
    public async Task ProbeAllAsync_SameImageStringTwice_ProbedOnce()
    {
        var probe = new GatedProbe();
        probe.ReleaseAll();
        var images = new[] { "nginx:1", "nginx:1", "docker.io/library/nginx:1" }.Select(ImageReference.Parse).ToList();
        var progress = new List<ProbeProgress>();

        var results = await new PrivateImageDetector(probe, 10, new SyncProgress(progress)).ProbeAllAsync(images, CancellationToken.None);

        Assert.Equal(2, probe.Calls);
        Assert.Equal(["docker.io/library/nginx:1", "nginx:1"], results.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new ProbeProgress(0, 2), progress[0]);
        Assert.Equal(new ProbeProgress(2, 2), progress[^1]);
    }

    private sealed class SyncProgress(List<ProbeProgress> seen) : IProgress<ProbeProgress>
    {
        public void Report(ProbeProgress value)
        {
            lock (seen)
            {
                seen.Add(value);
            }
        }
    }

    /// <summary>Holds every probe until released, counting how many are in flight at once.</summary>
    private sealed class GatedProbe : IImageProbe
    {
        private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly SemaphoreSlim arrived = new(0);
        private int inFlight;
        private int maxInFlight;
        private int calls;

        public int MaxInFlight => Volatile.Read(ref maxInFlight);

        public int Calls => Volatile.Read(ref calls);

        public void ReleaseAll() => gate.TrySetResult();

        public async Task WaitForInFlightAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                Assert.True(await arrived.WaitAsync(TimeSpan.FromSeconds(10)), "probes did not start");
            }
        }

        public async Task<ImageProbeResult> ProbeAsync(ImageReference image, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref calls);
            var now = Interlocked.Increment(ref inFlight);
            int seen;
            while ((seen = Volatile.Read(ref maxInFlight)) < now && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
            {
            }

            arrived.Release();
            await gate.Task;
            Interlocked.Decrement(ref inFlight);
            return ImageProbeResult.Private("gated");
        }
    }
}
