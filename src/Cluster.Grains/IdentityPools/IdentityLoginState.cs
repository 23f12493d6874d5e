namespace Cluster.Grains.IdentityPools;

[GenerateSerializer, Alias("Cluster.IdentityLoginState")]
public sealed class IdentityLoginState
{
    [Id(0)] public string? IdentityId { get; set; }
}
