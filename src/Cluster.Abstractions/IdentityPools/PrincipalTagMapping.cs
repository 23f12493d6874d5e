namespace Cluster.Abstractions.IdentityPools;

/// <summary>Which claims of a provider's token become principal tags on the credentials (tag key → claim name).</summary>
[GenerateSerializer, Immutable, Alias("Cluster.PrincipalTagMapping")]
public sealed record PrincipalTagMapping(
    [property: Id(0)] bool UseDefaults,
    [property: Id(1)] IReadOnlyDictionary<string, string> PrincipalTags);
