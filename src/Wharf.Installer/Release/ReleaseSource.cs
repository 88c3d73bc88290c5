namespace Wharf.Installer.Release;

/// <summary>
/// A release directory read once: every file's release-relative path (for the <c>upstream/</c> copy and chart
/// archives) and the text of every YAML file. Templates are rendered from this text, possibly more than once
/// (<see cref="ReleaseLoader.Load"/>), without reading the disk again.
/// </summary>
internal sealed class ReleaseSource
{
    public ReleaseSource(string directory) => Directory = directory;

    /// <summary>The release root as given.</summary>
    public string Directory { get; }

    /// <summary>Release-relative paths (with '/') of every regular file, sorted ordinally.</summary>
    public List<string> Files { get; } = [];

    /// <summary>The YAML files (<c>.yaml</c>, <c>.yml</c>) and their text, in <see cref="Files"/> order.</summary>
    public List<(string Relative, string Text)> YamlFiles { get; } = [];

    /// <summary>Files skipped while reading (symbolic links).</summary>
    public List<string> Warnings { get; } = [];
}
