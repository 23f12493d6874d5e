namespace Cluster.Grains.Users;

/// <summary>
/// WebAuthn options handed out and not yet answered: the challenge inside them works once, for the client that
/// asked, until it expires.
/// </summary>
[GenerateSerializer, Alias("Cluster.PendingPasskeyChallenge")]
public sealed class PendingPasskeyChallenge
{
    [Id(0)] public string OptionsJson { get; set; } = string.Empty;
    [Id(1)] public string ClientId { get; set; } = string.Empty;
    [Id(2)] public DateTimeOffset ExpiresAt { get; set; }
}
