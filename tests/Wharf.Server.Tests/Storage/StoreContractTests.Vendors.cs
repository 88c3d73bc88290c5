using System.Security.Cryptography;

namespace Wharf.Server.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task CreateVendor_New_ReadsBackEqual()
    {
        var created = await NewVendorAsync("acme", isInstanceAdmin: true);

        Assert.Equal("acme", created.Name);
        Assert.True(created.IsInstanceAdmin);
        Assert.Equal(created, await Store.FindVendorAsync(created.Id, Ct));
    }

    [Fact]
    public async Task CreateVendor_NameTaken_ReturnsNull()
    {
        await NewVendorAsync("acme");

        Assert.Null(await Store.CreateVendorAsync("acme", false, [1, 2, 3], RandomNumberGenerator.GetBytes(32), Ct));
        Assert.Equal(1, await Store.CountVendorsAsync(Ct));
    }

    [Fact]
    public async Task CreateVendor_FirstTokenFindsIt_AndAFailedTokenLeavesNoVendor()
    {
        var hash = RandomNumberGenerator.GetBytes(32);
        var vendor = (await Store.CreateVendorAsync("acme", true, [1], hash, Ct))!;
        Assert.Equal(vendor.Id, (await Store.FindVendorByTokenHashAsync(hash, Ct))!.Id);

        // The same token hash again fails the second insert; the vendor row of that attempt must not remain.
        Assert.Null(await Store.CreateVendorAsync("bolt", false, [1], hash, Ct));
        Assert.Equal(1, await Store.CountVendorsAsync(Ct));
    }

    [Fact]
    public async Task CountVendors_CountsEveryVendor()
    {
        Assert.Equal(0, await Store.CountVendorsAsync(Ct));
        await NewVendorAsync("a");
        await NewVendorAsync("b");

        Assert.Equal(2, await Store.CountVendorsAsync(Ct));
    }

    [Fact]
    public async Task FindVendor_Unknown_ReturnsNull()
    {
        Assert.Null(await Store.FindVendorAsync(12345, Ct));
    }

    [Fact]
    public async Task FindVendorByTokenHash_ReturnsTheTokensVendorOnly()
    {
        var acme = await NewVendorAsync("acme");
        var other = await NewVendorAsync("other");
        var acmeHash = SHA256.HashData("acme-token"u8);
        var otherHash = SHA256.HashData("other-token"u8);
        await Store.AddApiTokenAsync(acme.Id, acmeHash, Ct);
        await Store.AddApiTokenAsync(other.Id, otherHash, Ct);

        Assert.Equal(acme, await Store.FindVendorByTokenHashAsync(acmeHash, Ct));
        Assert.Equal(other, await Store.FindVendorByTokenHashAsync(otherHash, Ct));
        Assert.Null(await Store.FindVendorByTokenHashAsync(SHA256.HashData("unknown"u8), Ct));
    }

    [Fact]
    public async Task AddApiToken_SameHashTwice_Throws()
    {
        var vendor = await NewVendorAsync("acme");
        var hash = SHA256.HashData("token"u8);
        await Store.AddApiTokenAsync(vendor.Id, hash, Ct);

        await AssertStoreRefusesAsync(() => Store.AddApiTokenAsync(vendor.Id, hash, Ct));
    }

    [Fact]
    public async Task GetEncryptedSigningKey_ReturnsTheStoredBytes()
    {
        var key = RandomNumberGenerator.GetBytes(300);
        var vendor = await Store.CreateVendorAsync("acme", false, key, RandomNumberGenerator.GetBytes(32), Ct);

        Assert.Equal(key, await Store.GetEncryptedSigningKeyAsync(vendor!.Id, Ct));
    }

    [Fact]
    public async Task GetEncryptedSigningKey_UnknownVendor_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.GetEncryptedSigningKeyAsync(999, Ct));
    }
}
