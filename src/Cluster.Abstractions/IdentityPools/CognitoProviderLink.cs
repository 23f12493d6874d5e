namespace Cluster.Abstractions.IdentityPools;

/// <summary>A user pool app client an identity pool accepts ID tokens from (<c>CognitoIdentityProvider</c> on the wire).</summary>
[GenerateSerializer, Immutable, Alias("Cluster.CognitoProviderLink")]
public sealed record CognitoProviderLink(
    [property: Id(0)] string ProviderName,
    [property: Id(1)] string ClientId,
    [property: Id(2)] bool ServerSideTokenCheck);
