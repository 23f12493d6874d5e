namespace Cluster.Abstractions.UserPools;

/// <summary>One page of ListUserPools; <see cref="NextToken"/> is null on the last page.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.UserPoolPage")]
public sealed record UserPoolPage(
    [property: Id(0)] IReadOnlyList<UserPoolSummary> UserPools,
    [property: Id(1)] string? NextToken);
