using System.Threading.Channels;
using Wharf.Storage;
using Wharf.Storage.Model;

namespace Wharf.Proxy.Logging;

/// <summary>
/// Writes pull-log rows off the request path: requests enqueue, one loop writes batches. The queue is bounded;
/// when the store cannot keep up, the oldest pending rows are dropped rather than slowing pulls down.
/// </summary>
public sealed class PullLogWriter : IAsyncDisposable
{
    private const int MaxBatch = 500;
    private readonly Channel<PullLogEntry> _queue;
    private readonly IPullLogStore _store;
    private readonly Task _loop;
    private readonly List<(long Target, TaskCompletionSource Done)> _flushWaiters = [];
    private readonly CancellationTokenSource _shutdown = new();
    private readonly TimeSpan _shutdownGrace;

    // Rows accepted so far, and rows settled (written, failed or dropped). The queue is FIFO, so "every row enqueued
    // before a flush is settled" is "settled has reached the count at that time": no marker rows in the queue, which
    // under a backlog would push real rows out.
    private long _enqueued;
    private long _settled;

    public PullLogWriter(IPullLogStore store)
        : this(store, TimeSpan.FromSeconds(10))
    {
    }

    /// <param name="store">Where rows go.</param>
    /// <param name="shutdownGrace">How long disposal waits for pending rows before it stops waiting for the store.</param>
    internal PullLogWriter(IPullLogStore store, TimeSpan shutdownGrace)
    {
        _store = store;
        _shutdownGrace = shutdownGrace;
        _queue = Channel.CreateBounded<PullLogEntry>(
            new BoundedChannelOptions(50_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            _ => Settle(1));
        _loop = Task.Run(WriteLoopAsync);
    }

    public void Enqueue(PullLogEntry entry)
    {
        Interlocked.Increment(ref _enqueued);
        if (!_queue.Writer.TryWrite(entry))
        {
            Settle(1); // shutting down: the row is lost, and no flush may wait for it
        }
    }

    /// <summary>Waits until every row enqueued so far is stored, or failed to be (tests and shutdown).</summary>
    public Task FlushAsync(CancellationToken ct)
    {
        var target = Interlocked.Read(ref _enqueued);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_flushWaiters)
        {
            if (Interlocked.Read(ref _settled) >= target)
            {
                return Task.CompletedTask;
            }

            _flushWaiters.Add((target, done));
        }

        return done.Task.WaitAsync(ct);
    }

    /// <summary>
    /// Flushes for at most <paramref name="wait"/>, for readers that want the pull that just happened; a slow store
    /// only makes them answer with what is stored so far. Cancellation of <paramref name="ct"/> still throws.
    /// </summary>
    public async Task TryFlushAsync(TimeSpan wait, CancellationToken ct)
    {
        using var flush = CancellationTokenSource.CreateLinkedTokenSource(ct);
        flush.CancelAfter(wait);
        try
        {
            await FlushAsync(flush.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }
    }

    private void Settle(long rows)
    {
        var settled = Interlocked.Add(ref _settled, rows);
        lock (_flushWaiters)
        {
            // Waiters that timed out are completed here too (harmlessly), so the list never grows without bound.
            foreach (var (_, done) in _flushWaiters.Where(w => w.Target <= settled))
            {
                done.TrySetResult();
            }

            _flushWaiters.RemoveAll(w => w.Target <= settled);
        }
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PullLogEntry>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }

            try
            {
                if (batch.Count > 0)
                {
                    await _store.AppendPullsAsync(batch, _shutdown.Token);
                }
            }
            catch (Exception)
            {
                // The pull log must never take pulls down with it; the rows of a failed batch are lost.
            }
            finally
            {
                Settle(batch.Count);
                batch.Clear();
            }
        }
    }

    /// <summary>
    /// Writes what is pending, but a store that is down does not hold shutdown for long: after the grace period the
    /// remaining writes are cancelled and their rows are lost (the pull log never blocks the server).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        try
        {
            await _loop.WaitAsync(_shutdownGrace);
        }
        catch (TimeoutException)
        {
            await _shutdown.CancelAsync();
            await _loop;
        }

        _shutdown.Dispose();
    }
}
