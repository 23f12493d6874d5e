using Cluster.Abstractions.IdentityPools;

namespace Cluster.Grains.IdentityPools;

[GenerateSerializer, Alias("Cluster.IdentityState")]
public sealed class IdentityState
{
    /// <summary>Null until the identity is created (and again after it is deleted).</summary>
    [Id(0)] public string? IdentityPoolId { get; set; }

    [Id(1)] public List<LinkedLogin> Logins { get; set; } = [];

    [Id(2)] public DateTimeOffset CreatedAt { get; set; }

    [Id(3)] public DateTimeOffset ModifiedAt { get; set; }

    /// <summary>Set when this guest identity signed in with a login another identity already held: requests go there.</summary>
    [Id(4)] public string? MergedInto { get; set; }
}
