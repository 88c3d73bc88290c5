using Wharf.Storage.Model;

namespace Wharf.Storage;

/// <summary>The pull log: appended in batches off the request path, listed per vendor.</summary>
public interface IPullLogStore
{
    Task AppendPullsAsync(IReadOnlyList<PullLogEntry> entries, CancellationToken ct);
    Task<IReadOnlyList<PullLogEntry>> ListPullsAsync(long vendorId, int limit, CancellationToken ct);
}
