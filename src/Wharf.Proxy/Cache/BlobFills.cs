using System.Collections.Concurrent;
using Wharf.Oci;
using Wharf.Proxy.Pull;
using Wharf.Storage.Cache;

namespace Wharf.Proxy.Cache;

/// <summary>
/// Single flight per (linked registry, digest): concurrent misses join the fill already running instead of fetching
/// again (distribution's proxy fetches once per miss). Keyed by registry too, so bytes fetched with one vendor's
/// credentials never answer a request routed to another registry.
/// </summary>
public sealed class BlobFills(BlobStore store, TimeSpan fillTimeout)
{
    private readonly ConcurrentDictionary<(long RegistryId, Digest Digest), BlobFill> _running = new();

    /// <summary>Joins the running fill for the blob, or starts one with <paramref name="open"/>.</summary>
    public BlobFill GetOrStart(long registryId, Digest digest, Func<CancellationToken, Task<BlobResult>> open, Action onCommitted)
    {
        while (true)
        {
            if (_running.TryGetValue((registryId, digest), out var running))
            {
                return running;
            }

            var fill = new BlobFill(digest, store.NewTempPath());
            if (!_running.TryAdd((registryId, digest), fill))
            {
                continue;
            }

            // Not the request's token: the fill outlives any one client (SPEC §2.4).
            _ = Task.Run(async () =>
            {
                try
                {
                    await fill.RunAsync(open, store, fillTimeout);
                    if (fill.Committed is not null)
                    {
                        onCommitted();
                    }
                }
                finally
                {
                    _running.TryRemove(new KeyValuePair<(long, Digest), BlobFill>((registryId, digest), fill));
                }
            });
            return fill;
        }
    }

    public int Running => _running.Count;
}
