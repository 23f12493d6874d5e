namespace Cluster.Abstractions.UserPools;

/// <summary>A pool as ListUserPools shows it.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.UserPoolSummary")]
public sealed record UserPoolSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset CreationDate,
    [property: Id(3)] DateTimeOffset LastModifiedDate);
