namespace Wharf.Server.Tests.Storage;

public sealed class SqliteStoreContractTests : StoreContractTests
{
    protected override IStoreFactory CreateFactory() => new SqliteStoreFactory();
}
