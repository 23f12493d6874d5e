namespace Cluster.Silo.Hosting;

/// <summary>
/// The cluster's symmetric keys, section <c>Security</c>, each 32 random bytes in base64 and the same on every
/// silo. The embedded default generates them into the data folder; every other deployment must set them
/// (in Kubernetes, from a Secret).
/// </summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Seals secrets at rest (signing keys, client secrets). Environment <c>Security__KeyEncryptionKey</c>.</summary>
    public string? KeyEncryptionKey { get; set; }

    /// <summary>The key before the last rotation: still opens what it sealed. <c>Security__PreviousKeyEncryptionKey</c>.</summary>
    public string? PreviousKeyEncryptionKey { get; set; }

    /// <summary>Seals refresh tokens and challenge sessions. Environment <c>Security__TokenSealingKey</c>.</summary>
    public string? TokenSealingKey { get; set; }

    /// <summary>The token-sealing key before the last rotation. <c>Security__PreviousTokenSealingKey</c>.</summary>
    public string? PreviousTokenSealingKey { get; set; }

    /// <summary>
    /// A breached-password filter built from the full Pwned Passwords corpus (docs/compromised-passwords.md);
    /// unset, a shipped list of about 49,000 common passwords is used. <c>Security__BreachedPasswordFilterPath</c>.
    /// </summary>
    public string? BreachedPasswordFilterPath { get; set; }

    /// <summary>Argon2id memory in KiB. Default 19456 (19 MiB, OWASP).</summary>
    public int PasswordHashMemoryKiB { get; set; } = 19456;

    /// <summary>Argon2id passes. Default 2.</summary>
    public int PasswordHashIterations { get; set; } = 2;
}
