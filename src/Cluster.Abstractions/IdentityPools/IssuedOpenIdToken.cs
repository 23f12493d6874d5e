namespace Cluster.Abstractions.IdentityPools;

/// <summary>GetOpenIdToken's answer: the identity and a signed OpenID token for it.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.IssuedOpenIdToken")]
public sealed record IssuedOpenIdToken(
    [property: Id(0)] string IdentityId,
    [property: Id(1)] string Token);
