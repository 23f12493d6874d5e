namespace Cluster.Grains.UserPools;

/// <summary>Which pool a client id belongs to.</summary>
[GenerateSerializer, Alias("Cluster.AppClientRegistryState")]
public sealed class AppClientRegistryState
{
    [Id(0)] public string? PoolId { get; set; }
}
