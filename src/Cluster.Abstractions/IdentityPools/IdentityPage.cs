namespace Cluster.Abstractions.IdentityPools;

/// <summary>A page of ListIdentities: the identities and the id to continue after, if any.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.IdentityPage")]
public sealed record IdentityPage(
    [property: Id(0)] IReadOnlyList<IdentityView> Identities,
    [property: Id(1)] string? After);
