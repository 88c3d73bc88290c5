using Wharf.Testing;

namespace Wharf.Installer.Tests.Support;

/// <summary>Two real distribution registries for the probe tests, one with auth and one anonymous, each holding <c>acme/api:1.0</c> (and <c>acme/multi:2.0</c>, an index, on the anonymous one).</summary>
public sealed class ProbeRegistries : IAsyncLifetime
{
    private readonly TempDirectory layouts = TempDirectory.Create("wharf-probe-");

    public UpstreamRegistry WithAuth { get; private set; } = null!;

    public UpstreamRegistry Anonymous { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var image = OciImageBuilder.SingleArch(layouts.Sub("single"));
        WithAuth = await UpstreamRegistry.StartAsync(new UpstreamRegistryOptions { RequireAuth = true });
        Anonymous = await UpstreamRegistry.StartAsync(new UpstreamRegistryOptions { RequireAuth = false });
        await Skopeo.PushAsync(image, WithAuth.Address, "acme/api", "1.0", WithAuth.Credentials);
        await Skopeo.PushAsync(image, Anonymous.Address, "acme/api", "1.0", null);
        await Skopeo.PushAsync(OciImageBuilder.MultiArch(layouts.Sub("multi")), Anonymous.Address, "acme/multi", "2.0", null);
    }

    public async Task DisposeAsync()
    {
        await WithAuth.DisposeAsync();
        await Anonymous.DisposeAsync();
        layouts.Dispose();
    }
}
