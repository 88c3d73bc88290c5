using Wharf.Storage.Model;

namespace Wharf.Storage;

/// <summary>Egress per customer and image (SPEC §2.5), summed from the pull log; only the querying vendor's rows.</summary>
public interface IEgressStore
{
    /// <summary>Rows ordered by bytes, largest first.</summary>
    Task<IReadOnlyList<EgressRow>> SumEgressAsync(EgressQuery query, CancellationToken ct);
}
