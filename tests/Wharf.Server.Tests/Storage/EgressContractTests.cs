using Wharf.Storage;
using Wharf.Storage.Model;

namespace Wharf.Server.Tests.Storage;

/// <summary>
/// The egress GROUP BY (SPEC §2.5) on every store implementation: two vendors, two apps, three licenses, and rows
/// that must not count (auth, HEAD, tags, refused requests, rows without a license).
/// </summary>
public abstract class EgressContractTests : IAsyncLifetime
{
    private const long Vendor = 1;
    private const long OtherVendor = 2;
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private IStoreFactory _factory = null!;
    private IWharfStore _store = null!;

    protected abstract IStoreFactory CreateFactory();

    public async Task InitializeAsync()
    {
        _factory = CreateFactory();
        _store = await _factory.OpenAsync();
        await _store.AppendPullsAsync(
        [
            Row(T0, Vendor, "lic-a", "Acme", "app-one", "manifest", "reg/api", 1_000),
            Row(T0.AddMinutes(1), Vendor, "lic-a", "Acme", "app-one", "blob", "reg/api", 50_000),
            Row(T0.AddMinutes(2), Vendor, "lic-a", "Acme", "app-one", "blob", "reg/db", 7_000),
            Row(T0.AddHours(1), Vendor, "lic-b", "Bolt", "app-one", "manifest", "reg/api", 1_000),
            Row(T0.AddHours(1), Vendor, "lic-b", "Bolt", "app-one", "blob", "reg/api", 50_000),
            Row(T0.AddDays(1), Vendor, "lic-c", "Acme", "app-two", "blob", "reg/web", 300),

            // An aborted blob: status 200, some bytes left before the digest mismatch; they count.
            Row(T0.AddDays(1), Vendor, "lic-c", "Acme", "app-two", "blob", "reg/web", 20, note: "aborted: DigestMismatch"),

            // Not egress of image content.
            Row(T0, Vendor, "lic-a", "Acme", "app-one", "auth", null, 0),
            Row(T0, Vendor, "lic-a", "Acme", "app-one", "HEAD", "reg/api", 0),
            Row(T0, Vendor, "lic-a", "Acme", "app-one", "tags", "reg/api", 90),
            Row(T0, Vendor, "lic-a", "Acme", "app-one", "manifest", "reg/gone", 0, status: 404),
            Row(T0, Vendor, null, null, null, "manifest", "proxy/app-one/reg/api", 0, status: 401),

            // Another vendor, same image names and customer name.
            Row(T0, OtherVendor, "lic-x", "Acme", "app-x", "blob", "reg/api", 999_999),
        ], CancellationToken.None);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task SumEgress_ByCustomerAndImage_SumsBytesAndCountsSuccessfulGets()
    {
        var rows = await _store.SumEgressAsync(new EgressQuery(Vendor), CancellationToken.None);

        Assert.Equal(
        [
            new EgressRow("app-one", "lic-a", "Acme", "reg/api", 51_000, 1, 1),
            new EgressRow("app-one", "lic-b", "Bolt", "reg/api", 51_000, 1, 1),
            new EgressRow("app-one", "lic-a", "Acme", "reg/db", 7_000, 0, 1),
            new EgressRow("app-two", "lic-c", "Acme", "reg/web", 320, 0, 2),
        ], rows);
    }

    [Fact]
    public async Task SumEgress_ByCustomer_OneRowPerLicenseEvenWithTheSameCustomerName()
    {
        var rows = await _store.SumEgressAsync(new EgressQuery(Vendor, EgressGrouping.Customer), CancellationToken.None);

        Assert.Equal(
        [
            new EgressRow("app-one", "lic-a", "Acme", null, 58_000, 1, 2),
            new EgressRow("app-one", "lic-b", "Bolt", null, 51_000, 1, 1),
            new EgressRow("app-two", "lic-c", "Acme", null, 320, 0, 2),
        ], rows);
    }

    [Fact]
    public async Task SumEgress_ByImage_SumsAcrossCustomers()
    {
        var rows = await _store.SumEgressAsync(new EgressQuery(Vendor, EgressGrouping.Image), CancellationToken.None);

        Assert.Equal(
        [
            new EgressRow("app-one", null, null, "reg/api", 102_000, 2, 2),
            new EgressRow("app-one", null, null, "reg/db", 7_000, 0, 1),
            new EgressRow("app-two", null, null, "reg/web", 320, 0, 2),
        ], rows);
    }

    [Fact]
    public async Task SumEgress_WithApp_OnlyThatApp()
    {
        var rows = await _store.SumEgressAsync(new EgressQuery(Vendor, EgressGrouping.Customer, AppSlug: "app-two"), CancellationToken.None);

        Assert.Equal([new EgressRow("app-two", "lic-c", "Acme", null, 320, 0, 2)], rows);
    }

    [Fact]
    public async Task SumEgress_OtherVendor_SeesOnlyItsOwnRows()
    {
        var rows = await _store.SumEgressAsync(new EgressQuery(OtherVendor), CancellationToken.None);

        Assert.Equal([new EgressRow("app-x", "lic-x", "Acme", "reg/api", 999_999, 0, 1)], rows);
    }

    [Fact]
    public async Task SumEgress_VendorWithoutPulls_IsEmpty()
    {
        Assert.Empty(await _store.SumEgressAsync(new EgressQuery(3), CancellationToken.None));
    }

    [Fact]
    public async Task SumEgress_SinceIsInclusive()
    {
        // Exactly the instant of lic-a's second blob: it counts, the two rows before it do not.
        var rows = await _store.SumEgressAsync(new EgressQuery(Vendor, EgressGrouping.Customer, Since: T0.AddMinutes(1)), CancellationToken.None);

        Assert.Equal(57_000, rows.Single(r => r.LicenseId == "lic-a").Bytes);
    }

    [Fact]
    public async Task SumEgress_UntilIsExclusive()
    {
        // Ends exactly at lic-b's pull: nothing of it counts, so consecutive windows never count a row twice.
        var rows = await _store.SumEgressAsync(new EgressQuery(Vendor, EgressGrouping.Customer, Until: T0.AddHours(1)), CancellationToken.None);

        Assert.Equal([new EgressRow("app-one", "lic-a", "Acme", null, 58_000, 1, 2)], rows);
    }

    [Fact]
    public async Task SumEgress_AdjacentWindows_AddUpToTheWhole()
    {
        var split = T0.AddMinutes(1);
        var before = await _store.SumEgressAsync(new EgressQuery(Vendor, EgressGrouping.Image, Until: split), CancellationToken.None);
        var after = await _store.SumEgressAsync(new EgressQuery(Vendor, EgressGrouping.Image, Since: split), CancellationToken.None);
        var whole = await _store.SumEgressAsync(new EgressQuery(Vendor, EgressGrouping.Image), CancellationToken.None);

        Assert.Equal(whole.Sum(r => r.Bytes), before.Sum(r => r.Bytes) + after.Sum(r => r.Bytes));
        Assert.Equal(1_000, before.Sum(r => r.Bytes));
    }

    [Fact]
    public async Task SumEgress_WindowWithoutPulls_IsEmpty()
    {
        var rows = await _store.SumEgressAsync(new EgressQuery(Vendor, Since: T0.AddDays(2), Until: T0.AddDays(3)), CancellationToken.None);

        Assert.Empty(rows);
    }

    [Fact]
    public async Task Migrate_Twice_KeepsRowsAndIndex()
    {
        await _store.MigrateAsync(CancellationToken.None);

        Assert.Equal(4, (await _store.SumEgressAsync(new EgressQuery(Vendor), CancellationToken.None)).Count);
    }

    private static PullLogEntry Row(
        DateTimeOffset time, long vendor, string? license, string? customer, string? app, string action, string? image, long bytes,
        int status = 200, string? note = null) =>
        new(time, vendor, license, customer, app, action, image, "ref", status, bytes, "127.0.0.1", note);
}
