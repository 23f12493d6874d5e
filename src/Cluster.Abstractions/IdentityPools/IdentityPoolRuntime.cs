namespace Cluster.Abstractions.IdentityPools;

/// <summary>Everything an identity pool decides with, as one snapshot: silos cache it and refresh by <see cref="Version"/>.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.IdentityPoolRuntime")]
public sealed record IdentityPoolRuntime(
    [property: Id(0)] string IdentityPoolId,
    [property: Id(1)] IdentityPoolSettings Settings,
    [property: Id(2)] IdentityPoolRoles Roles,
    [property: Id(3)] IReadOnlyDictionary<string, PrincipalTagMapping> PrincipalTagMaps,
    [property: Id(4)] long Version);
