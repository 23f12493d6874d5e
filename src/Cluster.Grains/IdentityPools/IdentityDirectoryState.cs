using Cluster.Abstractions.IdentityPools;

namespace Cluster.Grains.IdentityPools;

[GenerateSerializer, Alias("Cluster.IdentityDirectoryState")]
public sealed class IdentityDirectoryState
{
    [Id(0)] public SortedDictionary<string, IdentityView> Identities { get; set; } = new(StringComparer.Ordinal);
}
