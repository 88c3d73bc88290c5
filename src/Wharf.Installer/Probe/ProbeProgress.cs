namespace Wharf.Installer.Probe;

/// <summary>Progress of the private-image probe: <see cref="Done"/> of <see cref="Total"/> images answered.</summary>
/// <param name="Done">Images probed so far.</param>
/// <param name="Total">Images to probe.</param>
public readonly record struct ProbeProgress(int Done, int Total);
