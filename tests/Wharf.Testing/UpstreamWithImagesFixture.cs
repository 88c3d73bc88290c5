using Xunit;

namespace Wharf.Testing;

/// <summary>
/// Shared xunit fixture: an auth-enabled <see cref="UpstreamRegistry"/> (user <c>vendor</c>,
/// random password) holding three pushed test images:
/// <list type="bullet">
/// <item><see cref="Single"/> <c>acme/single:1.0</c>, one layer, Docker v2 schema 2 (pushed with <c>--format v2s2</c>);</item>
/// <item><see cref="Multi"/> <c>acme/multi:2.0</c>, an OCI index over linux/amd64 and linux/arm64 (<c>--all</c>);</item>
/// <item><see cref="Layers"/> <c>acme/layers:3.0</c>, an OCI image with four layers.</item>
/// </list>
/// Share one instance across test classes with a collection (xunit requires the definition in
/// the test assembly itself):
/// <code>
/// [CollectionDefinition(UpstreamWithImagesFixture.CollectionName)]
/// public sealed class UpstreamCollection : ICollectionFixture&lt;UpstreamWithImagesFixture&gt;;
///
/// [Collection(UpstreamWithImagesFixture.CollectionName)]
/// public sealed class MyTests(UpstreamWithImagesFixture upstream) { ... }
/// </code>
/// Tests sharing it must not push to or delete from these repositories; use another
/// repository (or a private <see cref="UpstreamRegistry"/>) for that. Access-log counts are
/// shared too: count requests for a digest or repository only your test uses, or compare
/// before/after counts.
/// </summary>
public sealed class UpstreamWithImagesFixture : IAsyncLifetime
{
    /// <summary>Name for <c>[CollectionDefinition]</c> / <c>[Collection]</c>.</summary>
    public const string CollectionName = "Upstream registry with test images";

    /// <summary>Upstream user name.</summary>
    public const string Username = "vendor";

    private readonly TempDirectory _layouts = TempDirectory.Create("wharf-layouts-");
    private UpstreamRegistry? _registry;
    private PushedImage? _single;
    private PushedImage? _multi;
    private PushedImage? _layers;

    /// <summary>The running upstream registry.</summary>
    public UpstreamRegistry Registry => _registry ?? throw NotStarted();

    /// <summary>Its credentials (user <c>vendor</c>).</summary>
    public RegistryCredentials Credentials => Registry.Credentials!;

    /// <summary><c>acme/single:1.0</c>: one linux/amd64 layer, Docker v2 schema 2 manifest.</summary>
    public PushedImage Single => _single ?? throw NotStarted();

    /// <summary><c>acme/multi:2.0</c>: OCI index over linux/amd64 and linux/arm64 with different layers.</summary>
    public PushedImage Multi => _multi ?? throw NotStarted();

    /// <summary><c>acme/layers:3.0</c>: OCI image manifest with four layers of different sizes.</summary>
    public PushedImage Layers => _layers ?? throw NotStarted();

    /// <summary>The OCI layout <see cref="Single"/> was pushed from (before the v2s2 conversion).</summary>
    public OciLayoutImage SingleLayout { get; private set; } = null!;

    /// <summary>The OCI layout <see cref="Multi"/> was pushed from.</summary>
    public OciLayoutImage MultiLayout { get; private set; } = null!;

    /// <summary>The OCI layout <see cref="Layers"/> was pushed from.</summary>
    public OciLayoutImage LayersLayout { get; private set; } = null!;

    /// <summary>The three images.</summary>
    public IReadOnlyList<PushedImage> All => [Single, Multi, Layers];

    /// <summary>Starts the registry and builds and pushes the images, concurrently.</summary>
    public async Task InitializeAsync()
    {
        var registryTask = UpstreamRegistry.StartAsync(new UpstreamRegistryOptions { Username = Username });
        var singleLayout = Task.Run(() => OciImageBuilder.SingleArch(_layouts.Sub("single")));
        var multiLayout = Task.Run(() => OciImageBuilder.MultiArch(_layouts.Sub("multi")));
        var layersLayout = Task.Run(() => OciImageBuilder.MultiLayer(_layouts.Sub("layers")));
        try
        {
            // Wait for all, so nothing is still writing when a failure deletes the layouts.
            await Task.WhenAll(registryTask, singleLayout, multiLayout, layersLayout);
        }
        catch
        {
            if (registryTask.IsCompletedSuccessfully)
            {
                await registryTask.Result.DisposeAsync();
            }

            _layouts.Dispose();
            throw;
        }

        _registry = registryTask.Result;
        (SingleLayout, MultiLayout, LayersLayout) = (singleLayout.Result, multiLayout.Result, layersLayout.Result);
        try
        {
            var single = PushAsync(SingleLayout, "acme/single", "1.0", ManifestFormat.V2s2);
            var multi = PushAsync(MultiLayout, "acme/multi", "2.0", ManifestFormat.Source);
            var layers = PushAsync(LayersLayout, "acme/layers", "3.0", ManifestFormat.Oci);
            await Task.WhenAll(single, multi, layers);
            (_single, _multi, _layers) = (single.Result, multi.Result, layers.Result);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the registry and deletes the layouts.</summary>
    public async Task DisposeAsync()
    {
        var registry = Interlocked.Exchange(ref _registry, null);
        if (registry is not null)
        {
            await registry.DisposeAsync();
        }

        _layouts.Dispose();
    }

    private Task<PushedImage> PushAsync(OciLayoutImage layout, string repository, string tag, ManifestFormat format) =>
        Skopeo.PushAsync(layout, Registry.Address, repository, tag, Credentials, format);

    private static InvalidOperationException NotStarted() => new("The fixture has not been initialised.");
}
