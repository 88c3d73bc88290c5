namespace Wharf.Server.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task CreateApp_New_FindsItBySlug()
    {
        var vendor = await NewVendorAsync("acme");

        var app = await Store.CreateAppAsync(vendor.Id, "my-app", Ct);

        Assert.NotNull(app);
        Assert.Equal((vendor.Id, "my-app"), (app.VendorId, app.Slug));
        Assert.Equal(app, await Store.FindAppAsync("my-app", Ct));
    }

    [Fact]
    public async Task CreateApp_SlugTakenByAnotherVendor_ReturnsNull()
    {
        var acme = await NewVendorAsync("acme");
        var other = await NewVendorAsync("other");
        await NewAppAsync(acme.Id, "my-app");

        Assert.Null(await Store.CreateAppAsync(other.Id, "my-app", Ct));
        Assert.Equal(acme.Id, (await Store.FindAppAsync("my-app", Ct))!.VendorId);
    }

    [Fact]
    public async Task CreateApp_UnknownVendor_ReturnsNull()
    {
        // SQLite reports a foreign-key failure as the same constraint error as a taken slug.
        Assert.Null(await Store.CreateAppAsync(424242, "orphan", Ct));
    }

    [Fact]
    public async Task FindApp_Unknown_ReturnsNull()
    {
        Assert.Null(await Store.FindAppAsync("nope", Ct));
    }

    [Fact]
    public async Task ListApps_OnlyTheVendorsAppsOrderedBySlugBytes()
    {
        var acme = await NewVendorAsync("acme");
        var other = await NewVendorAsync("other");
        await NewAppAsync(acme.Id, "zeta");
        await NewAppAsync(other.Id, "beta");
        await NewAppAsync(acme.Id, "alpha");
        await NewAppAsync(acme.Id, "Zulu");

        var slugs = (await Store.ListAppsAsync(acme.Id, Ct)).Select(a => a.Slug);

        // Byte order (upper case first), whatever the database's locale.
        Assert.Equal(["Zulu", "alpha", "zeta"], slugs);
    }
}
