using Cluster.Abstractions.UserPools;

namespace Cluster.Grains.UserPools;

/// <summary>The durable list of pools in one region, keyed by pool id.</summary>
[GenerateSerializer, Alias("Cluster.UserPoolCatalogState")]
public sealed class UserPoolCatalogState
{
    [Id(0)] public Dictionary<string, UserPoolSummary> Pools { get; set; } = new(StringComparer.Ordinal);
}
