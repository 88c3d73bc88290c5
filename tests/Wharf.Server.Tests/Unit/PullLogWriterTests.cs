using Wharf.Proxy.Logging;
using Wharf.Storage;
using Wharf.Storage.Model;

namespace Wharf.Server.Tests.Unit;

/// <summary>
/// The background pull-log writer: a flush returns once every row enqueued before it is stored (or failed), waits
/// for nothing else, and never puts anything into the bounded queue that could push real rows out.
/// </summary>
public sealed class PullLogWriterTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Flush_AfterRows_ReturnsWhenTheyAreStored()
    {
        var store = new GatedStore();
        await using var writer = new PullLogWriter(store);
        for (var i = 0; i < 1_200; i++)
        {
            writer.Enqueue(Row(i));
        }

        var flush = writer.FlushAsync(CancellationToken.None);
        Assert.False(flush.IsCompleted);
        store.Open();

        await flush.WaitAsync(Deadline);
        Assert.Equal(1_200, store.Rows.Count);
        Assert.Equal(Enumerable.Range(0, 1_200), store.Rows.Select(r => (int)r.Bytes));
    }

    [Fact]
    public async Task Flush_NothingPending_ReturnsAtOnce()
    {
        await using var writer = new PullLogWriter(new GatedStore());

        Assert.True(writer.FlushAsync(CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public async Task TryFlush_StoreStuck_GivesUpQuietlyAndLaterRowsStillArrive()
    {
        var store = new GatedStore();
        await using var writer = new PullLogWriter(store);
        writer.Enqueue(Row(1));

        await writer.TryFlushAsync(TimeSpan.FromMilliseconds(50), CancellationToken.None);
        for (var i = 0; i < 20; i++)
        {
            await writer.TryFlushAsync(TimeSpan.FromMilliseconds(1), CancellationToken.None);
        }

        writer.Enqueue(Row(2));
        store.Open();
        await writer.FlushAsync(CancellationToken.None).WaitAsync(Deadline);
        Assert.Equal([1L, 2L], store.Rows.Select(r => r.Bytes));
    }

    [Fact]
    public async Task Flush_StoreFails_StillReturns()
    {
        var store = new GatedStore { Fail = true };
        store.Open();
        await using var writer = new PullLogWriter(store);
        writer.Enqueue(Row(1));

        await writer.FlushAsync(CancellationToken.None).WaitAsync(Deadline);
        Assert.Empty(store.Rows);
    }

    [Fact]
    public async Task Dispose_StoreNeverAnswers_StopsWaitingAfterTheGrace()
    {
        var store = new GatedStore(); // never opened: every write waits until cancelled
        var writer = new PullLogWriter(store, TimeSpan.FromMilliseconds(100));
        for (var i = 0; i < 2_000; i++)
        {
            writer.Enqueue(Row(i));
        }

        await writer.DisposeAsync().AsTask().WaitAsync(Deadline);
        Assert.Empty(store.Rows);
    }

    private static PullLogEntry Row(long bytes) =>
        new(DateTimeOffset.UnixEpoch, 1, "lic", "Acme", "app", "blob", "reg/img", "sha256:x", 200, bytes, "127.0.0.1");

    /// <summary>A store that holds every write until opened.</summary>
    private sealed class GatedStore : IPullLogStore
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<PullLogEntry> Rows { get; } = [];

        public bool Fail { get; init; }

        public void Open() => _open.TrySetResult();

        public async Task AppendPullsAsync(IReadOnlyList<PullLogEntry> entries, CancellationToken ct)
        {
            await _open.Task.WaitAsync(ct);
            if (Fail)
            {
                throw new InvalidOperationException("store down");
            }

            lock (Rows)
            {
                Rows.AddRange(entries);
            }
        }

        public Task<IReadOnlyList<PullLogEntry>> ListPullsAsync(long vendorId, int limit, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<PullLogEntry>>(Rows);
    }
}
