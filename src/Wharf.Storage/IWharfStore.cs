namespace Wharf.Storage;

/// <summary>
/// The metadata store as one object, for hosts that wire a single implementation (SQLite by default;
/// PostgreSQL for several replicas, SPEC §2.6). Consumers should depend on the narrow interfaces.
/// </summary>
public interface IWharfStore : IVendorStore, IAppStore, IRegistryStore, IDomainStore, ILicenseStore, IPullLogStore, IEgressStore
{
    /// <summary>Creates or upgrades the schema; safe to call on every start.</summary>
    Task MigrateAsync(CancellationToken ct);
}
