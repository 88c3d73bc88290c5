using Wharf.Testing;

namespace Wharf.Server.Tests.Storage;

/// <summary>Every PostgreSQL test class shares one server per run; each test takes its own database.</summary>
[CollectionDefinition(PostgresFixture.CollectionName)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;
