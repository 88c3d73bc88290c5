using System.Data.Common;
using System.Security.Cryptography;
using Wharf.Storage;
using Wharf.Storage.Model;

namespace Wharf.Server.Tests.Storage;

/// <summary>
/// The metadata store contract (STYLE 13: one suite, every implementation): what the admin API, the proxy policy
/// and the pull log rely on. Split into one partial file per area, like the stores. Each test gets an empty store
/// of its own from <see cref="CreateFactory"/>; the derived classes only say which implementation.
/// </summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    private IStoreFactory _factory = null!;

    protected IWharfStore Store { get; private set; } = null!;

    protected static CancellationToken Ct => CancellationToken.None;

    protected abstract IStoreFactory CreateFactory();

    public async Task InitializeAsync()
    {
        _factory = CreateFactory();
        Store = await _factory.OpenAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Migrate_Twice_KeepsEveryRow()
    {
        var vendor = await NewVendorAsync("acme");
        var app = await Store.CreateAppAsync(vendor.Id, "my-app", Ct);

        await Store.MigrateAsync(Ct);

        Assert.Equal(app, await Store.FindAppAsync("my-app", Ct));
        Assert.Equal(1, await Store.CountVendorsAsync(Ct));
    }

    protected async Task<Vendor> NewVendorAsync(string name, bool isInstanceAdmin = false) =>
        await Store.CreateVendorAsync(name, isInstanceAdmin, RandomNumberGenerator.GetBytes(48), RandomNumberGenerator.GetBytes(32), Ct)
        ?? throw new InvalidOperationException($"vendor {name} exists");

    protected async Task<App> NewAppAsync(long vendorId, string slug) =>
        await Store.CreateAppAsync(vendorId, slug, Ct) ?? throw new InvalidOperationException($"app {slug} exists");

    protected static Task AssertStoreRefusesAsync(Func<Task> action) => Assert.ThrowsAnyAsync<DbException>(action);
}
