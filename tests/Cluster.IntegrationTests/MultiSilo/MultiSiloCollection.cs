namespace Cluster.IntegrationTests.MultiSilo;

/// <summary>The multi-silo tests run one after another: each wants the machine's cores for its own three silos.</summary>
[CollectionDefinition(Name)]
public sealed class MultiSiloCollection : ICollectionFixture<MultiSiloFixture>
{
    public const string Name = "multi-silo";
}
