using Wharf.Storage.Model;

namespace Wharf.Storage;

/// <summary>Apps, identified by a globally unique slug.</summary>
public interface IAppStore
{
    /// <summary>Creates the app, or returns null when the slug is taken (by any vendor).</summary>
    Task<App?> CreateAppAsync(long vendorId, string slug, CancellationToken ct);
    Task<App?> FindAppAsync(string slug, CancellationToken ct);
    Task<IReadOnlyList<App>> ListAppsAsync(long vendorId, CancellationToken ct);
}
