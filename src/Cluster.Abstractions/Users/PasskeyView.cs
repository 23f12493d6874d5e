namespace Cluster.Abstractions.Users;

/// <summary>A registered passkey as ListWebAuthnCredentials shows it (WebAuthnCredentialDescription).</summary>
[GenerateSerializer, Immutable, Alias("Cluster.PasskeyView")]
public sealed record PasskeyView(
    [property: Id(0)] string CredentialId,
    [property: Id(1)] string FriendlyName,
    [property: Id(2)] string RelyingPartyId,
    [property: Id(3)] string? AuthenticatorAttachment,
    [property: Id(4)] IReadOnlyList<string> Transports,
    [property: Id(5)] DateTimeOffset CreatedAt);
