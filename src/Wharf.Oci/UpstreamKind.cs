namespace Wharf.Oci;

/// <summary>How the first upstream segment of a proxy repository name is read (SPEC §2.1).</summary>
public enum UpstreamKind
{
    /// <summary>The first segment is a registry host (with an optional port).</summary>
    Host,

    /// <summary>
    /// The first segment is a registry slug if the app has a linked registry with that slug;
    /// otherwise the whole upstream path is a Docker Hub repository. The caller decides.
    /// </summary>
    SlugOrDockerHub,
}
