namespace Cluster.Abstractions.UserPools;

/// <summary>A group of a pool: its role and precedence go into members' tokens.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.GroupSettings")]
public sealed record GroupSettings(
    [property: Id(0)] string GroupName,
    [property: Id(1)] string? Description,
    [property: Id(2)] string? RoleArn,
    [property: Id(3)] int? Precedence,
    [property: Id(4)] DateTimeOffset CreationDate,
    [property: Id(5)] DateTimeOffset LastModifiedDate);
