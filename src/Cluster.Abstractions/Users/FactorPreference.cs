namespace Cluster.Abstractions.Users;

/// <summary>One factor's Enabled and PreferredMfa flags.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.FactorPreference")]
public sealed record FactorPreference(
    [property: Id(0)] bool Enabled,
    [property: Id(1)] bool Preferred);
