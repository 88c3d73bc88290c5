using System.Text.RegularExpressions;
using Wharf.Installer.Kube;
using Wharf.Installer.Kustomize;
using Wharf.Installer.Output;
using Wharf.Installer.Probe;
using Wharf.Installer.Release;
using Wharf.Installer.Rendering;
using Wharf.Installer.Yaml;
using Wharf.Kots;
using Wharf.Oci;

namespace Wharf.Installer;

/// <summary>
/// Renders a release for one customer (SPEC §3.1–3.5, <c>wharf render</c>): verifies the license, reads
/// the release with its KOTS templates rendered, renders HelmChart v1 charts and HelmChart v2 values, finds
/// the images, probes which are private, and writes the
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
        var verified = LicenseLoader.Verify(options, out var licenseYaml);
        var source = ReleaseLoader.Read(options.ReleaseDirectory, out var readError) ?? throw new RenderFailure(readError!);
        var templates = new TemplateInputs(options, verified.License!, licenseYaml);

        // Templates may ask whether an image is public (LocalImageName). A first rendering records what they ask
        // (answering "private"); those images are probed with the rest, and the release is rendered again with
        // the answers. Without such questions the first rendering is the only one.
        var asked = new TemplateImageQuestions();
        var release = Load(source, templates, asked.RecordAsPrivate, out var charts);
        var answered = new Dictionary<string, bool>(StringComparer.Ordinal);
        warnings.AddRange(release.Warnings);

        var usable = verified.EnsureUsable(time.GetUtcNow(), release.Application?.Name);
        if (!usable.IsValid)
        {
            throw new RenderFailure($"license {options.LicenseFile}: {usable.Error}");
        }

        var license = usable.License;
        var settings = DomainResolver.Resolve(options, license, release.Application, templates.LocalRegistry);
        using var ownProbe = probe is null ? new RegistryProbe(new RegistryProbeOptions { Timeout = options.ProbeTimeout }) : null;
        var imageProbe = probe ?? ownProbe!;
        var proxyPublicImages = release.Application?.ProxyPublicImages ?? false;
        if (asked.Images.Count > 0 && templates.LocalRegistry is null)
        {
            answered = (await PrivacyDecider.DecideAsync(
                asked.Images, settings, proxyPublicImages, options.PrivateImages, imageProbe, options.ProbeConcurrency, progress, ct))
                .ToDictionary(k => k.Image, k => k.IsPrivate, StringComparer.Ordinal);
            release = Load(source, templates, image => answered.TryGetValue(image.Original, out var isPrivate) && !isPrivate, out charts);
        }

        var additionalNamespaces = AdditionalNamespaces(options.Namespace, release.Application);
        var before = release.Warnings.Count;
        await HelmCharts.AddAsync(release, options, ct);
        warnings.AddRange(release.Warnings.Skip(before));
        CheckIdentities(release.Objects);

        var inventory = ImageInventory.Build(release.Objects);
        var known = await DecideAsync(inventory, asked, answered, settings, proxyPublicImages, options, imageProbe, progress, ct);

        IReadOnlyList<KustomizeImage> images;
        try
        {
            images = ImageRewriteRules.BuildImagesList(known.Where(k => inventory.Contains(k.Image)), settings);
        }
        catch (FormatException e)
        {
            throw new RenderFailure(e.Message);
        }

        var patches = inventory.Workloads
            .Select(w => (w.Object, PullSecretPatches.Build(w.Object, w.PodSpecPath, settings.PullSecretName)))
            .ToList();
        var secrets = PullSecretDocuments.Build(release.Context!, options.Namespace, additionalNamespaces.Where(n => n != "*"));
        var tree = OutputComposer.Compose(
            options.ReleaseDirectory, release.Files, release.Objects, known,
            release.Application?.AdditionalNamespaces ?? [], images, secrets, patches, settings.AppSlug);
        OutputComposer.AddHelmValues(tree, options.ReleaseDirectory, charts);

        ct.ThrowIfCancellationRequested();
        if (OutputWriter.Replace(options.OutputDirectory, tree) is { } writeError)
        {
            throw new RenderFailure(writeError);
        }

        return new RenderSummary(
            Path.GetFullPath(options.OutputDirectory), release.Objects.Count, known.Count, known.Count(k => k.IsPrivate), images.Count, patches.Count,
            charts.Count(c => !c.Excluded));
    }

    /// <summary>Renders and reads the release, and plans its HelmChart v2 values, in one template context.</summary>
    private static LoadedRelease Load(ReleaseSource source, TemplateInputs templates, Func<ImageReference, bool> isPublic, out IReadOnlyList<HelmChartV2Output> charts)
    {
        var release = ReleaseLoader.Load(source, application => templates.ContextFor(application, isPublic), out var loadError);
        if (loadError is not null)
        {
            throw new RenderFailure(loadError);
        }

        var plan = HelmChartV2Renderer.Plan(source.Directory, source.Files, source.YamlFiles, release.Context!);
        charts = plan.Succeeded ? plan.Charts : throw new RenderFailure(plan.Error!);
        return release;
    }

    /// <summary>The privacy of every image in the manifests and every image templates asked about (SPEC §3.2).</summary>
    private static async Task<IReadOnlyList<KnownImage>> DecideAsync(
        ImageInventory inventory, TemplateImageQuestions asked, Dictionary<string, bool> answered, ProxySettings settings,
        bool proxyPublicImages, RenderOptions options, IImageProbe probe, IProgress<ProbeProgress>? progress, CancellationToken ct)
    {
        var images = inventory.Images.Concat(asked.Images).DistinctBy(i => i.Original).ToList();
        if (settings.LocalRegistry is not null)
        {
            // Every image was pushed to the local registry and is pulled with its credentials: nothing to probe.
            return images.Select(i => new KnownImage(i.Original, true)).OrderBy(k => k.Image, StringComparer.Ordinal).ToList();
        }

        var decided = await PrivacyDecider.DecideAsync(
            images.Where(i => !answered.ContainsKey(i.Original)).ToList(), settings, proxyPublicImages, options.PrivateImages,
            probe, options.ProbeConcurrency, progress, ct);
        return decided.Concat(answered.Select(a => new KnownImage(a.Key, a.Value)))
            .OrderBy(k => k.Image, StringComparer.Ordinal).ToList();
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
