namespace Cluster.Grains.Users;

/// <summary>A registered passkey: its COSE public key and signature counter, and what ListWebAuthnCredentials shows.</summary>
[GenerateSerializer, Alias("Cluster.PasskeyRecord")]
public sealed class PasskeyRecord
{
    [Id(0)] public byte[] PublicKey { get; set; } = [];

    /// <summary>The authenticator's counter at the last sign-in; a later assertion must raise it (a clone would not).</summary>
    [Id(1)] public uint SignCount { get; set; }
    [Id(2)] public string FriendlyName { get; set; } = string.Empty;
    [Id(3)] public DateTimeOffset CreatedAt { get; set; }
    [Id(4)] public string? AuthenticatorAttachment { get; set; }
    [Id(5)] public List<string> Transports { get; set; } = [];

    /// <summary>The relying-party id it was created for: only that one can verify it.</summary>
    [Id(6)] public string RelyingPartyId { get; set; } = string.Empty;
    [Id(7)] public DateTimeOffset? LastUsedAt { get; set; }
}
