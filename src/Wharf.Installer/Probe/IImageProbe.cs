using Wharf.Oci;

namespace Wharf.Installer.Probe;

/// <summary>Decides whether an image needs the license credentials (SPEC §3.2).</summary>
public interface IImageProbe
{
    /// <summary>Probes one image. Never throws for network or registry failures: those mean private.</summary>
    /// <param name="image">The image.</param>
    /// <param name="cancellationToken">Cancels the probe (the caller's, not a timeout).</param>
    Task<ImageProbeResult> ProbeAsync(ImageReference image, CancellationToken cancellationToken);
}
