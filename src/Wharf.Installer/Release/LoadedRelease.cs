using Wharf.Installer.Kube;
using Wharf.Kots;

namespace Wharf.Installer.Release;

/// <summary>What a release directory holds, sorted by file path then document order.</summary>
internal sealed class LoadedRelease
{
    /// <summary>Plain Kubernetes objects (KOTS kinds left out), each with its release-relative file.</summary>
    public List<KubeObject> Objects { get; } = [];

    /// <summary>HelmChart kots.io/v1beta1 resources.</summary>
    public List<HelmChartV1> Charts { get; } = [];

    /// <summary>Release-relative paths (with '/') of every regular file, for the upstream/ copy.</summary>
    public List<string> Files { get; } = [];

    public KotsApplication? Application { get; set; }

    /// <summary>The template context the documents were rendered in (with the Application's domains).</summary>
    public KotsContext? Context { get; set; }

    public List<string> Warnings { get; } = [];
}
