using Wharf.Storage;
using Wharf.Storage.Postgres;
using Wharf.Testing;

namespace Wharf.Server.Tests.Storage;

/// <summary>A database of its own on the shared test server; every store opened here shares it, like replicas do.</summary>
public sealed class PostgresStoreFactory(PostgresFixture postgres) : IStoreFactory
{
    private readonly List<PostgresStore> _stores = [];
    private string? _connectionString;

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("open a store first");

    public async Task<IWharfStore> OpenAsync()
    {
        _connectionString ??= await postgres.CreateDatabaseAsync();
        var store = new PostgresStore(_connectionString);
        _stores.Add(store);
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }
}
