namespace Cluster.Abstractions.UserPools;

/// <summary>One page of ListGroups.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.GroupPage")]
public sealed record GroupPage(
    [property: Id(0)] IReadOnlyList<GroupSettings> Groups,
    [property: Id(1)] string? NextToken);
