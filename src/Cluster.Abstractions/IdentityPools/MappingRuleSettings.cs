namespace Cluster.Abstractions.IdentityPools;

/// <summary>One rule of a Rules role mapping: a claim, how it must match, and the role it selects.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.MappingRuleSettings")]
public sealed record MappingRuleSettings(
    [property: Id(0)] string Claim,
    [property: Id(1)] string MatchType,
    [property: Id(2)] string Value,
    [property: Id(3)] string RoleArn);
