using Wharf.Storage.Model;

namespace Wharf.Server.Tests.Storage;

public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset PulledAt = new(2026, 3, 1, 12, 0, 0, 250, TimeSpan.Zero);

    [Fact]
    public async Task AppendPulls_ListsNewestFirstWithEveryField()
    {
        PullLogEntry first = new(PulledAt, 1, "lic-1", "Acme", "my-app", "manifest", "reg/api", "1.0", 200, 1234, "10.0.0.1", null);
        PullLogEntry second = new(PulledAt.AddSeconds(1), 1, "lic-1", "Acme", "my-app", "blob", "reg/api", "sha256:ab", 200, 5_000_000_000, "10.0.0.1", "aborted: client");
        await Store.AppendPullsAsync([first, second], Ct);

        Assert.Equal([second, first], await Store.ListPullsAsync(1, 10, Ct));
    }

    [Fact]
    public async Task AppendPulls_RowsWithoutLicense_KeepTheirNulls()
    {
        PullLogEntry refused = new(PulledAt, 1, null, null, null, "auth", null, null, 401, 0, null);
        await Store.AppendPullsAsync([refused], Ct);

        Assert.Equal([refused], await Store.ListPullsAsync(1, 10, Ct));
    }

    [Fact]
    public async Task ListPulls_OnlyTheVendorsRowsUpToTheLimit()
    {
        var rows = Enumerable.Range(0, 5)
            .Select(i => new PullLogEntry(PulledAt.AddSeconds(i), i % 2 == 0 ? 1 : 2, "lic", "C", "app", "blob", "img", $"ref-{i}", 200, i, null))
            .ToList();
        await Store.AppendPullsAsync(rows, Ct);
        await Store.AppendPullsAsync([], Ct);

        Assert.Equal(["ref-4", "ref-2"], (await Store.ListPullsAsync(1, 2, Ct)).Select(p => p.Reference));
        Assert.Equal(["ref-3", "ref-1"], (await Store.ListPullsAsync(2, 10, Ct)).Select(p => p.Reference));
        Assert.Empty(await Store.ListPullsAsync(3, 10, Ct));
    }

    [Fact]
    public async Task ListPulls_SameTime_OrderedByArrival()
    {
        // The log is ordered by insertion, not by the entry's time: batches from the writer can carry equal times.
        await Store.AppendPullsAsync([Pull("a"), Pull("b")], Ct);
        await Store.AppendPullsAsync([Pull("c")], Ct);

        Assert.Equal(["c", "b", "a"], (await Store.ListPullsAsync(1, 10, Ct)).Select(p => p.Reference));

        static PullLogEntry Pull(string reference) => new(PulledAt, 1, "lic", "C", "app", "manifest", "img", reference, 200, 1, null);
    }
}
