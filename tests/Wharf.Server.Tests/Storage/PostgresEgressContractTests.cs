using Wharf.Testing;

namespace Wharf.Server.Tests.Storage;

[Collection(PostgresFixture.CollectionName)]
public sealed class PostgresEgressContractTests(PostgresFixture postgres) : EgressContractTests
{
    protected override IStoreFactory CreateFactory() => new PostgresStoreFactory(postgres);
}
