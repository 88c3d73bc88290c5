namespace Wharf.Server.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task AddDomain_New_FindsItByName()
    {
        var vendor = await NewVendorAsync("acme");
        var app = await NewAppAsync(vendor.Id, "my-app");

        var domain = await Store.AddDomainAsync(vendor.Id, app.Id, "proxy.acme.com", Ct);

        Assert.NotNull(domain);
        Assert.Equal(domain, await Store.FindDomainAsync("proxy.acme.com", Ct));
        Assert.Null(await Store.FindDomainAsync("other.acme.com", Ct));
    }

    [Fact]
    public async Task AddDomain_TakenByAnotherVendor_ReturnsNull()
    {
        var acme = await NewVendorAsync("acme");
        var other = await NewVendorAsync("other");
        await Store.AddDomainAsync(acme.Id, (await NewAppAsync(acme.Id, "a")).Id, "proxy.example.com", Ct);

        Assert.Null(await Store.AddDomainAsync(other.Id, (await NewAppAsync(other.Id, "b")).Id, "proxy.example.com", Ct));
        Assert.Equal(acme.Id, (await Store.FindDomainAsync("proxy.example.com", Ct))!.VendorId);
    }

    [Fact]
    public async Task ListDomains_OnlyTheVendorsOrderedByName()
    {
        var acme = await NewVendorAsync("acme");
        var other = await NewVendorAsync("other");
        var app = await NewAppAsync(acme.Id, "a");
        await Store.AddDomainAsync(acme.Id, app.Id, "z.acme.com", Ct);
        await Store.AddDomainAsync(other.Id, (await NewAppAsync(other.Id, "b")).Id, "m.other.com", Ct);
        await Store.AddDomainAsync(acme.Id, app.Id, "a.acme.com", Ct);

        Assert.Equal(["a.acme.com", "z.acme.com"], (await Store.ListDomainsAsync(acme.Id, Ct)).Select(d => d.Domain));
    }
}
