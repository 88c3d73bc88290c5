namespace Wharf.Installer.Probe;

/// <summary>How <see cref="RegistryProbe"/> probes (SPEC §3.2).</summary>
public sealed record RegistryProbeOptions
{
    /// <summary>Deadline for one image, retries and token request included (default 10 s); past it the image is private.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How many times a response cut short (EOF) is retried before the image counts as private (default 3).</summary>
    public int EofRetries { get; init; } = 3;

    /// <summary>Pause before retry N is N times this (default 100 ms).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The most manifest bytes read (4 MiB, the distribution limit); a longer answer still means public.</summary>
    public int MaxManifestBytes { get; init; } = 4 * 1024 * 1024;
}
