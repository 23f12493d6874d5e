using Cluster.Abstractions.IdentityPools;

namespace Cluster.Grains.IdentityPools;

[GenerateSerializer, Alias("Cluster.IdentityPoolState")]
public sealed class IdentityPoolState
{
    [Id(0)] public IdentityPoolSettings? Settings { get; set; }

    [Id(1)] public IdentityPoolRoles Roles { get; set; } = IdentityPoolRoles.None;

    [Id(2)] public Dictionary<string, PrincipalTagMapping> PrincipalTagMaps { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Raised on every change, so silo caches know to refetch.</summary>
    [Id(3)] public long Version { get; set; }

    [Id(4)] public DateTimeOffset CreatedAt { get; set; }
}
