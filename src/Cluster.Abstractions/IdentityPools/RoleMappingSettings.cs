namespace Cluster.Abstractions.IdentityPools;

/// <summary>How an identity pool picks a role for one login provider: <c>Token</c> or <c>Rules</c>.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.RoleMappingSettings")]
public sealed record RoleMappingSettings(
    [property: Id(0)] string Type,
    [property: Id(1)] string? AmbiguousRoleResolution,
    [property: Id(2)] IReadOnlyList<MappingRuleSettings> Rules);
