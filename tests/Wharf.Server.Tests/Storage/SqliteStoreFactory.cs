using Wharf.Storage;
using Wharf.Storage.Sqlite;
using Wharf.Testing;

namespace Wharf.Server.Tests.Storage;

/// <summary>A SQLite file in its own temp directory.</summary>
public sealed class SqliteStoreFactory : IStoreFactory
{
    private readonly TempDirectory _dir = TempDirectory.Create("wharf-store-");

    public async Task<IWharfStore> OpenAsync()
    {
        var store = new SqliteStore(Path.Combine(_dir.Path, "wharf.db"));
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }

    public ValueTask DisposeAsync()
    {
        _dir.Dispose();
        return ValueTask.CompletedTask;
    }
}
