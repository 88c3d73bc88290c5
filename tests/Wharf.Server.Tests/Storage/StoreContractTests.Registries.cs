using Wharf.Storage.Model;

namespace Wharf.Server.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task AddRegistry_WithCredentials_ListsItBackEqual()
    {
        var app = await NewAppAsync((await NewVendorAsync("acme")).Id, "my-app");

        var added = await Store.AddRegistryAsync(Registry(app.Id, "quay.io", username: "robot", password: [9, 8, 7]), Ct);

        Assert.NotNull(added);
        Assert.True(added.Id > 0);
        var listed = Assert.Single(await Store.ListRegistriesAsync(app.Id, Ct));
        Assert.Equal((added.Id, "quay.io", "robot", false), (listed.Id, listed.Host, listed.Username, listed.PlainHttp));
        Assert.Equal([9, 8, 7], listed.EncryptedPassword);
        Assert.Equal(added.CreatedAt, listed.CreatedAt);
    }

    [Fact]
    public async Task AddRegistry_AnonymousPlainHttp_KeepsNullsAndFlag()
    {
        var app = await NewAppAsync((await NewVendorAsync("acme")).Id, "my-app");

        await Store.AddRegistryAsync(Registry(app.Id, "127.0.0.1:5000", plainHttp: true), Ct);

        var listed = Assert.Single(await Store.ListRegistriesAsync(app.Id, Ct));
        Assert.True(listed.PlainHttp);
        Assert.True(listed.IsAnonymous);
        Assert.Null(listed.EncryptedPassword);
        Assert.Null(listed.Slug);
    }

    [Fact]
    public async Task AddRegistry_SameHostTwiceWithoutSlug_ReturnsNull()
    {
        var app = await NewAppAsync((await NewVendorAsync("acme")).Id, "my-app");
        await Store.AddRegistryAsync(Registry(app.Id, "quay.io"), Ct);

        Assert.Null(await Store.AddRegistryAsync(Registry(app.Id, "quay.io"), Ct));
    }

    [Fact]
    public async Task AddRegistry_SameSlugForAnotherHost_ReturnsNull()
    {
        var app = await NewAppAsync((await NewVendorAsync("acme")).Id, "my-app");
        await Store.AddRegistryAsync(Registry(app.Id, "quay.io", slug: "main"), Ct);

        Assert.Null(await Store.AddRegistryAsync(Registry(app.Id, "ghcr.io", slug: "main"), Ct));
    }

    [Fact]
    public async Task AddRegistry_SameHostUnderOtherSlugsOrAnotherApp_IsAllowed()
    {
        var vendor = await NewVendorAsync("acme");
        var app = await NewAppAsync(vendor.Id, "my-app");
        var otherApp = await NewAppAsync(vendor.Id, "other-app");

        Assert.NotNull(await Store.AddRegistryAsync(Registry(app.Id, "quay.io"), Ct));
        Assert.NotNull(await Store.AddRegistryAsync(Registry(app.Id, "quay.io", slug: "one"), Ct));
        Assert.NotNull(await Store.AddRegistryAsync(Registry(app.Id, "quay.io", slug: "two"), Ct));
        Assert.NotNull(await Store.AddRegistryAsync(Registry(otherApp.Id, "quay.io"), Ct));

        // Listed in the order they were linked.
        Assert.Equal([null, "one", "two"], (await Store.ListRegistriesAsync(app.Id, Ct)).Select(r => r.Slug));
    }

    [Fact]
    public async Task RemoveRegistry_OnlyFromItsOwnApp()
    {
        var vendor = await NewVendorAsync("acme");
        var app = await NewAppAsync(vendor.Id, "my-app");
        var otherApp = await NewAppAsync(vendor.Id, "other-app");
        var registry = (await Store.AddRegistryAsync(Registry(app.Id, "quay.io"), Ct))!;

        Assert.False(await Store.RemoveRegistryAsync(otherApp.Id, registry.Id, Ct));
        Assert.True(await Store.RemoveRegistryAsync(app.Id, registry.Id, Ct));
        Assert.False(await Store.RemoveRegistryAsync(app.Id, registry.Id, Ct));
        Assert.Empty(await Store.ListRegistriesAsync(app.Id, Ct));
    }

    private static ExternalRegistry Registry(
        long appId, string host, string? slug = null, bool plainHttp = false, string? username = null, byte[]? password = null) =>
        new(0, appId, host, slug, plainHttp, username, password, default);
}
