namespace Wharf.Server.Tests.Storage;

public sealed class SqliteEgressContractTests : EgressContractTests
{
    protected override IStoreFactory CreateFactory() => new SqliteStoreFactory();
}
