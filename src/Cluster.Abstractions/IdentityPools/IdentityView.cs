namespace Cluster.Abstractions.IdentityPools;

/// <summary>An identity as DescribeIdentity and ListIdentities show it, with its pool.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.IdentityView")]
public sealed record IdentityView(
    [property: Id(0)] string IdentityId,
    [property: Id(1)] string IdentityPoolId,
    [property: Id(2)] IReadOnlyList<LinkedLogin> Logins,
    [property: Id(3)] DateTimeOffset CreationDate,
    [property: Id(4)] DateTimeOffset LastModifiedDate);
