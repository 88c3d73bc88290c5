using System.Text.RegularExpressions;
using Wharf.Installer.Kube;
using Wharf.Installer.Kustomize;
using Wharf.Installer.Output;
using Wharf.Installer.Probe;
using Wharf.Installer.Release;
using Wharf.Installer.Rendering;
using Wharf.Installer.Yaml;

namespace Wharf.Installer;

/// <summary>
/// Renders a release for one customer (SPEC §3.1–3.4, <c>wharf render</c>): verifies the license, reads
/// the release, renders HelmChart v1 charts, finds the images, probes which are private, and writes the
/// kustomize tree — private images routed through <c>PROXY/proxy/APP_SLUG/...</c>, the license pull
/// secret, <c>imagePullSecrets</c> patches — together with Wharf's own rendering of it. The output
/// directory is replaced only when the new tree is complete. Rendering the same input twice gives
/// byte-identical output.
/// </summary>
public sealed partial class ReleaseRenderer
{
    private readonly IImageProbe? probe;
    private readonly TimeProvider time;

    /// <summary>Creates a renderer.</summary>
    /// <param name="probe">The private-image probe; a <see cref="RegistryProbe"/> per render when null.</param>
    /// <param name="time">The clock license expiry is checked against; the system clock when null.</param>
    public ReleaseRenderer(IImageProbe? probe = null, TimeProvider? time = null)
    {
        this.probe = probe;
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>Renders <paramref name="options"/>.<see cref="RenderOptions.ReleaseDirectory"/> into its output directory.</summary>
    /// <param name="options">What to render and where.</param>
    /// <param name="progress">Receives probe progress (for a terminal display), or null.</param>
    /// <param name="cancellationToken">Cancels the render; nothing is written then.</param>
    /// <returns>A summary, or a one-line error; expected failures are never thrown.</returns>
    public async Task<RenderResult> RenderAsync(RenderOptions options, IProgress<ProbeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var warnings = new List<string>();
        try
        {
            return RenderResult.Success(await RenderCoreAsync(options, warnings, progress, cancellationToken), warnings);
        }
        catch (RenderFailure failure)
        {
            return RenderResult.Failure(failure.Message, warnings);
        }
    }

    private async Task<RenderSummary> RenderCoreAsync(RenderOptions options, List<string> warnings, IProgress<ProbeProgress>? progress, CancellationToken ct)
    {
        CheckDirectories(options);
        var verified = LicenseLoader.Verify(options);
        var release = ReleaseLoader.Load(options.ReleaseDirectory, out var loadError);
        warnings.AddRange(release.Warnings);
        if (loadError is not null)
        {
            throw new RenderFailure(loadError);
        }

        var usable = verified.EnsureUsable(time.GetUtcNow(), release.Application?.Name);
        if (!usable.IsValid)
        {
            throw new RenderFailure($"license {options.LicenseFile}: {usable.Error}");
        }

        var license = usable.License;
        var settings = DomainResolver.Resolve(options, license, release.Application);
        var additionalNamespaces = AdditionalNamespaces(options.Namespace, release.Application);

        var before = release.Warnings.Count;
        await HelmCharts.AddAsync(release, options, ct);
        warnings.AddRange(release.Warnings.Skip(before));
        CheckIdentities(release.Objects);

        var inventory = ImageInventory.Build(release.Objects);
        using var ownProbe = probe is null ? new RegistryProbe(new RegistryProbeOptions { Timeout = options.ProbeTimeout }) : null;
        var known = await PrivacyDecider.DecideAsync(
            inventory.Images, settings, release.Application?.ProxyPublicImages ?? false, options.PrivateImages,
            probe ?? ownProbe!, options.ProbeConcurrency, progress, ct);

        IReadOnlyList<KustomizeImage> images;
        try
        {
            images = ImageRewriteRules.BuildImagesList(known, settings);
        }
        catch (FormatException e)
        {
            throw new RenderFailure(e.Message);
        }

        var patches = inventory.Workloads
            .Select(w => (w.Object, PullSecretPatches.Build(w.Object, w.PodSpecPath, settings.PullSecretName)))
            .ToList();
        var secrets = PullSecretDocuments.Build(
            settings, license.LicenseId, options.Namespace, additionalNamespaces.Where(n => n != "*"));
        var tree = OutputComposer.Compose(
            options.ReleaseDirectory, release.Files, release.Objects, known,
            release.Application?.AdditionalNamespaces ?? [], images, secrets, patches, settings.AppSlug);

        ct.ThrowIfCancellationRequested();
        if (OutputWriter.Replace(options.OutputDirectory, tree) is { } writeError)
        {
            throw new RenderFailure(writeError);
        }

        return new RenderSummary(
            Path.GetFullPath(options.OutputDirectory), release.Objects.Count, known.Count, known.Count(k => k.IsPrivate), images.Count, patches.Count);
    }

    private static void CheckDirectories(RenderOptions options)
    {
        if (!Directory.Exists(options.ReleaseDirectory))
        {
            throw new RenderFailure($"release directory {options.ReleaseDirectory} does not exist");
        }

        var release = Path.GetFullPath(options.ReleaseDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var output = Path.GetFullPath(options.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (output.StartsWith(release, StringComparison.Ordinal) || release.StartsWith(output, StringComparison.Ordinal))
        {
            throw new RenderFailure("--out and --release must not contain one another (the output replaces its directory)");
        }

        if (options.Namespace is { } ns && !IsNamespaceName(ns))
        {
            throw new RenderFailure($"namespace '{ns}' is not a valid Kubernetes namespace name");
        }

        if (options.ProbeConcurrency < 1)
        {
            throw new RenderFailure("--probe-concurrency must be at least 1");
        }
    }

    /// <summary>The Application's additional namespaces, without the app namespace and duplicates; <c>*</c> is kept (SPEC §3.4).</summary>
    private static List<string> AdditionalNamespaces(string? appNamespace, KotsApplication? application)
    {
        var result = new List<string>();
        foreach (var ns in application?.AdditionalNamespaces ?? [])
        {
            if (ns != "*" && !IsNamespaceName(ns))
            {
                throw new RenderFailure($"Application additionalNamespaces: '{ns}' is not a valid namespace name");
            }

            // kustomize identifies an object without a namespace with one in "default": a second secret there would clash.
            if (ns != (appNamespace ?? "default") && !result.Contains(ns))
            {
                result.Add(ns);
            }
        }

        return result;
    }

    private static void CheckIdentities(IReadOnlyList<KubeObject> objects)
    {
        var seen = new Dictionary<string, KubeObject>(StringComparer.Ordinal);
        foreach (var obj in objects)
        {
            if (obj.Source == "kustomization.yaml")
            {
                throw new RenderFailure($"{obj.Source}:{obj.Line}: a release file at the root may not be named kustomization.yaml");
            }

            // As kustomize does, no namespace and "default" are the same place.
            var id = string.Join('|', obj.Group, obj.Version, obj.Kind, string.IsNullOrEmpty(obj.Namespace) ? "default" : obj.Namespace, obj.Name);
            if (!seen.TryAdd(id, obj))
            {
                var first = seen[id];
                throw new RenderFailure($"{obj.Source}:{obj.Line}: {obj.Display} is already defined at {first.Source}:{first.Line}");
            }
        }
    }

    private static bool IsNamespaceName(string ns) => ns.Length <= 63 && NamespaceName().IsMatch(ns);

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?\\z", RegexOptions.CultureInvariant)]
    private static partial Regex NamespaceName();
}
