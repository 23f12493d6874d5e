namespace Cluster.Abstractions.UserPools;

/// <summary>SetUserPoolMfaConfig's WebAuthnConfiguration: null members are left as they are.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.WebAuthnConfig")]
public sealed record WebAuthnConfig(
    [property: Id(0)] string? RelyingPartyId,
    [property: Id(1)] string? UserVerification,
    [property: Id(2)] string? FactorConfiguration);
