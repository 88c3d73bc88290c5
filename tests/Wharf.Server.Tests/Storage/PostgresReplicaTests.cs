using System.Security.Cryptography;
using Wharf.Storage.Model;
using Wharf.Testing;

namespace Wharf.Server.Tests.Storage;

/// <summary>
/// What only a shared server can show (SPEC §2.6): several store instances, as several replicas hold them, on one
/// database. Each sees the others' writes, and a unique key raced from two of them has exactly one winner while
/// the losers get the same "taken" result (null) a single SQLite store gives.
/// </summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class PostgresReplicaTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly PostgresStoreFactory _factory = new(postgres);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task TwoStores_OneDatabase_SeeEachOthersWrites()
    {
        var a = await _factory.OpenAsync();
        var b = await _factory.OpenAsync();

        var vendor = (await a.CreateVendorAsync("acme", true, [1], RandomNumberGenerator.GetBytes(32), Ct))!;
        var app = (await b.CreateAppAsync(vendor.Id, "my-app", Ct))!;
        await a.CreateLicenseAsync(new LicenseRecord("lic-1", app.Id, app.Slug, vendor.Id, "Acme", null, null, DateTimeOffset.UnixEpoch), Ct);
        await b.AppendPullsAsync([new PullLogEntry(DateTimeOffset.UnixEpoch, vendor.Id, "lic-1", "Acme", "my-app", "blob", "img", "d", 200, 7, null)], Ct);

        Assert.Equal(app, await a.FindAppAsync("my-app", Ct));
        Assert.Equal("lic-1", Assert.Single(await b.ListLicensesAsync(vendor.Id, null, Ct)).LicenseId);
        Assert.Equal(7, Assert.Single(await a.ListPullsAsync(vendor.Id, 10, Ct)).Bytes);

        // A revocation on one replica stops the license on every other at its next look-up.
        Assert.True(await a.RevokeLicenseAsync(vendor.Id, "lic-1", DateTimeOffset.UnixEpoch, Ct));
        Assert.NotNull((await b.FindLicenseAsync("lic-1", Ct))!.RevokedAt);
    }

    [Fact]
    public async Task CreateApp_SameSlugRacedFromTwoStores_ExactlyOneWins()
    {
        var a = await _factory.OpenAsync();
        var b = await _factory.OpenAsync();
        var vendor = (await a.CreateVendorAsync("acme", true, [1], RandomNumberGenerator.GetBytes(32), Ct))!;

        for (var round = 0; round < 20; round++)
        {
            var slug = $"app-{round}";
            var results = await Task.WhenAll(
                Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? a : b).CreateAppAsync(vendor.Id, slug, Ct)));

            var winner = Assert.Single(results, r => r is not null);
            Assert.Equal(winner, await b.FindAppAsync(slug, Ct));
        }
    }

    [Fact]
    public async Task CreateVendor_SameNameRacedFromTwoStores_ExactlyOneWins()
    {
        // Two replicas starting together both try to create the first vendor (Bootstrapper).
        var a = await _factory.OpenAsync();
        var b = await _factory.OpenAsync();

        var results = await Task.WhenAll(
            Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? a : b).CreateVendorAsync("default", true, [1], RandomNumberGenerator.GetBytes(32), Ct)));

        Assert.Single(results, r => r is not null);
        Assert.Equal(1, await a.CountVendorsAsync(Ct));
    }

    [Fact]
    public async Task Migrate_ConcurrentlyOnAFreshDatabase_AllSucceed()
    {
        // Concurrent CREATE ... IF NOT EXISTS can collide in the catalogue; the advisory lock serialises them.
        var connection = await postgres.CreateDatabaseAsync();
        var stores = Enumerable.Range(0, 6).Select(_ => new Wharf.Storage.Postgres.PostgresStore(connection)).ToList();
        try
        {
            await Task.WhenAll(stores.Select(s => s.MigrateAsync(Ct)));

            Assert.Equal(0, await stores[0].CountVendorsAsync(Ct));
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }
}
