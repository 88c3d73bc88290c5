using Xunit;

namespace Wharf.Testing;

/// <summary>
/// xunit fixture: one <see cref="PostgresServer"/> for every test class in a collection, started once per run
/// (starting a cluster takes about a second; a database takes milliseconds). Tests take their own database with
/// <see cref="CreateDatabaseAsync"/>, so they stay independent. Define the collection in the test assembly:
/// <code>
/// [CollectionDefinition(PostgresFixture.CollectionName)]
/// public sealed class PostgresCollection : ICollectionFixture&lt;PostgresFixture&gt;;
/// </code>
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    /// <summary>Name for <c>[CollectionDefinition]</c> / <c>[Collection]</c>.</summary>
    public const string CollectionName = "PostgreSQL server";

    private PostgresServer? _server;

    /// <summary>The running server.</summary>
    public PostgresServer Server => _server ?? throw new InvalidOperationException("the PostgreSQL fixture has not been initialised");

    /// <summary>A new empty database; returns its Npgsql connection string.</summary>
    public Task<string> CreateDatabaseAsync() => Server.CreateDatabaseAsync();

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
