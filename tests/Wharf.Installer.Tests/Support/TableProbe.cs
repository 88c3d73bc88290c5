using System.Collections.Concurrent;
using Wharf.Installer.Probe;
using Wharf.Oci;

namespace Wharf.Installer.Tests.Support;

/// <summary>A probe that answers from a table (listed images are public, the rest private) and records what it was asked.</summary>
internal sealed class TableProbe(IEnumerable<string> publicImages) : IImageProbe
{
    private readonly HashSet<string> publicSet = new(publicImages, StringComparer.Ordinal);

    public ConcurrentQueue<string> Asked { get; } = new();

    public Task<ImageProbeResult> ProbeAsync(ImageReference image, CancellationToken cancellationToken)
    {
        Asked.Enqueue(image.Original);
        return Task.FromResult(publicSet.Contains(image.Original) ? ImageProbeResult.Public("table") : ImageProbeResult.Private("table"));
    }
}
