namespace Cluster.Abstractions.UserPools;

/// <summary>A pool as DescribeUserPool shows it.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.UserPoolSnapshot")]
public sealed record UserPoolSnapshot(
    [property: Id(0)] string Id,
    [property: Id(1)] string Arn,
    [property: Id(2)] UserPoolSettings Settings,
    [property: Id(3)] DateTimeOffset CreationDate,
    [property: Id(4)] DateTimeOffset LastModifiedDate,
    [property: Id(5)] int EstimatedNumberOfUsers);
