using Cluster.Abstractions.IdentityPools;

namespace Cluster.Grains.IdentityPools;

[GenerateSerializer, Alias("Cluster.IdentityPoolCatalogState")]
public sealed class IdentityPoolCatalogState
{
    [Id(0)] public SortedDictionary<string, IdentityPoolSummary> Pools { get; set; } = new(StringComparer.Ordinal);
}
