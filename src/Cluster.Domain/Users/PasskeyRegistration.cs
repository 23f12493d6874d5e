namespace Cluster.Domain.Users;

/// <summary>A passkey the registration ceremony proved: what signing in with it later needs, and what lists show.</summary>
public sealed record PasskeyRegistration(
    byte[] CredentialId,
    byte[] PublicKey,
    uint SignCount,
    IReadOnlyList<string> Transports,
    string? AuthenticatorAttachment);
