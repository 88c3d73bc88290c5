using Wharf.Storage.Model;

namespace Wharf.Server.Tests.Storage;

public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset Issued = new(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);

    [Fact]
    public async Task CreateLicense_ReadsBackWithAppAndVendor()
    {
        var vendor = await NewVendorAsync("acme");
        var app = await NewAppAsync(vendor.Id, "my-app");

        // Any offset goes in; the same instant comes out, to the millisecond.
        var expires = new DateTimeOffset(2027, 12, 31, 23, 59, 59, 123, TimeSpan.FromHours(2));
        await Store.CreateLicenseAsync(License("lic-1", app, "Acme Corp", expires), Ct);

        var found = await Store.FindLicenseAsync("lic-1", Ct);

        Assert.Equal(new LicenseRecord("lic-1", app.Id, "my-app", vendor.Id, "Acme Corp", expires, null, Issued), found);
        Assert.Equal(TimeSpan.Zero, found!.ExpiresAt!.Value.Offset);
    }

    [Fact]
    public async Task CreateLicense_SameIdTwice_Throws()
    {
        var app = await NewAppAsync((await NewVendorAsync("acme")).Id, "my-app");
        await Store.CreateLicenseAsync(License("lic-1", app, "A"), Ct);

        await AssertStoreRefusesAsync(() => Store.CreateLicenseAsync(License("lic-1", app, "B"), Ct));
    }

    [Fact]
    public async Task FindLicense_Unknown_ReturnsNull()
    {
        Assert.Null(await Store.FindLicenseAsync("nope", Ct));
    }

    [Fact]
    public async Task ListLicenses_VendorsOwnOrderedByCreationThenId_FilteredByApp()
    {
        var acme = await NewVendorAsync("acme");
        var other = await NewVendorAsync("other");
        var one = await NewAppAsync(acme.Id, "one");
        var two = await NewAppAsync(acme.Id, "two");
        await Store.CreateLicenseAsync(License("lic-b", one, "B", created: Issued.AddDays(1)), Ct);
        await Store.CreateLicenseAsync(License("lic-c", two, "C"), Ct);
        await Store.CreateLicenseAsync(License("lic-a", one, "A", created: Issued.AddDays(1)), Ct);
        await Store.CreateLicenseAsync(License("lic-x", await NewAppAsync(other.Id, "x"), "X"), Ct);

        Assert.Equal(["lic-c", "lic-a", "lic-b"], (await Store.ListLicensesAsync(acme.Id, null, Ct)).Select(l => l.LicenseId));
        Assert.Equal(["lic-a", "lic-b"], (await Store.ListLicensesAsync(acme.Id, one.Id, Ct)).Select(l => l.LicenseId));
        Assert.Empty(await Store.ListLicensesAsync(acme.Id, 999, Ct));
    }

    [Fact]
    public async Task RevokeLicense_Twice_KeepsTheFirstTime()
    {
        var vendor = await NewVendorAsync("acme");
        await Store.CreateLicenseAsync(License("lic-1", await NewAppAsync(vendor.Id, "my-app"), "A"), Ct);

        Assert.True(await Store.RevokeLicenseAsync(vendor.Id, "lic-1", Issued.AddDays(3), Ct));
        Assert.True(await Store.RevokeLicenseAsync(vendor.Id, "lic-1", Issued.AddDays(4), Ct));

        var license = await Store.FindLicenseAsync("lic-1", Ct);
        Assert.Equal(Issued.AddDays(3), license!.RevokedAt);
        Assert.Equal("license has been revoked", license.UnusableReason(Issued));
    }

    [Fact]
    public async Task RevokeLicense_OtherVendorsOrUnknown_ReturnsFalseAndChangesNothing()
    {
        var acme = await NewVendorAsync("acme");
        var other = await NewVendorAsync("other");
        await Store.CreateLicenseAsync(License("lic-1", await NewAppAsync(acme.Id, "my-app"), "A"), Ct);

        Assert.False(await Store.RevokeLicenseAsync(other.Id, "lic-1", Issued, Ct));
        Assert.False(await Store.RevokeLicenseAsync(acme.Id, "nope", Issued, Ct));
        Assert.Null((await Store.FindLicenseAsync("lic-1", Ct))!.RevokedAt);
    }

    private static LicenseRecord License(string id, App app, string customer, DateTimeOffset? expires = null, DateTimeOffset? created = null) =>
        new(id, app.Id, app.Slug, app.VendorId, customer, expires, null, created ?? Issued);
}
