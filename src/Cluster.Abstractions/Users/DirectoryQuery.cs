namespace Cluster.Abstractions.Users;

/// <summary>A page request to one directory shard: an optional filter (ListUsers syntax) or group, after a username.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.DirectoryQuery")]
public sealed record DirectoryQuery(
    [property: Id(0)] string? Filter,
    [property: Id(1)] string? Group,
    [property: Id(2)] string? AfterUsername,
    [property: Id(3)] int Limit);
