using Wharf.Storage;

namespace Wharf.Server.Tests.Storage;

/// <summary>Opens a fresh, migrated, empty store of one implementation for one test, and cleans it up after.</summary>
public interface IStoreFactory : IAsyncDisposable
{
    Task<IWharfStore> OpenAsync();
}
