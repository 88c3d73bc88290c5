using Wharf.Testing;

namespace Wharf.Server.Tests.Storage;

[Collection(PostgresFixture.CollectionName)]
public sealed class PostgresStoreContractTests(PostgresFixture postgres) : StoreContractTests
{
    protected override IStoreFactory CreateFactory() => new PostgresStoreFactory(postgres);
}
