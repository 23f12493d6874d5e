using Cluster.Abstractions.UserPools;

namespace Cluster.Grains.UserPools;

/// <summary>The durable state of one user pool.</summary>
[GenerateSerializer, Alias("Cluster.UserPoolState")]
public sealed class UserPoolState
{
    [Id(0)] public UserPoolSettings? Settings { get; set; }
    [Id(1)] public DateTimeOffset CreationDate { get; set; }
    [Id(2)] public DateTimeOffset LastModifiedDate { get; set; }
}
