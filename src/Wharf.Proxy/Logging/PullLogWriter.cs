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
    private readonly Channel<PullLogEntry> _queue = Channel.CreateBounded<PullLogEntry>(
        new BoundedChannelOptions(50_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private readonly IPullLogStore _store;
    private readonly Task _loop;

    public PullLogWriter(IPullLogStore store)
    {
        _store = store;
        _loop = Task.Run(WriteLoopAsync);
    }

    public void Enqueue(PullLogEntry entry) => _queue.Writer.TryWrite(entry);

    /// <summary>Waits until every row enqueued so far is stored (tests and shutdown).</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        var marker = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_flushWaiters)
        {
            _flushWaiters.Add(marker);
        }

        _queue.Writer.TryWrite(FlushMarker);
        await marker.Task.WaitAsync(ct);
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

    private static readonly PullLogEntry FlushMarker = new(default, null, null, null, null, "flush", null, null, 0, 0, null);
    private readonly List<TaskCompletionSource> _flushWaiters = [];

    private async Task WriteLoopAsync()
    {
        var batch = new List<PullLogEntry>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            var flushRequested = false;
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var entry))
            {
                if (ReferenceEquals(entry, FlushMarker))
                {
                    flushRequested = true;
                }
                else
                {
                    batch.Add(entry);
                }
            }

            if (batch.Count > 0)
            {
                try
                {
                    await _store.AppendPullsAsync(batch, CancellationToken.None);
                }
                catch (Exception) when (batch.Count > 0)
                {
                    // The pull log must never take pulls down with it; the rows of a failed batch are lost.
                }

                batch.Clear();
            }

            if (flushRequested)
            {
                List<TaskCompletionSource> waiters;
                lock (_flushWaiters)
                {
                    waiters = [.. _flushWaiters];
                    _flushWaiters.Clear();
                }

                waiters.ForEach(w => w.TrySetResult());
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }
}
