namespace Cluster.Abstractions.IdentityPools;

/// <summary>A ListIdentityPools row.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.IdentityPoolSummary")]
public sealed record IdentityPoolSummary(
    [property: Id(0)] string IdentityPoolId,
    [property: Id(1)] string IdentityPoolName);
