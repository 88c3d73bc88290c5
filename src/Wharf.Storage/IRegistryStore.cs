using Wharf.Storage.Model;

namespace Wharf.Storage;

/// <summary>External registries linked to apps.</summary>
public interface IRegistryStore
{
    /// <summary>Links a registry, or returns null when the app already has that host under that slug.</summary>
    Task<ExternalRegistry?> AddRegistryAsync(ExternalRegistry registry, CancellationToken ct);
    Task<IReadOnlyList<ExternalRegistry>> ListRegistriesAsync(long appId, CancellationToken ct);
    Task<bool> RemoveRegistryAsync(long appId, long registryId, CancellationToken ct);
}
