namespace Cluster.Grains.Users;

/// <summary>The durable state of one user.</summary>
[GenerateSerializer, Alias("Cluster.UserState")]
public sealed class UserState
{
    /// <summary>Null until the user is created.</summary>
    [Id(0)] public string? Username { get; set; }
    [Id(1)] public Dictionary<string, string> Attributes { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public string Status { get; set; } = string.Empty;
    [Id(3)] public bool Enabled { get; set; } = true;

    /// <summary>Argon2id PHC string: its parameters travel with it.</summary>
    [Id(4)] public string? PasswordHash { get; set; }
    [Id(5)] public DateTimeOffset CreateDate { get; set; }
    [Id(6)] public DateTimeOffset LastModifiedDate { get; set; }

    /// <summary>Codes by purpose: <c>signup</c>, <c>forgot</c>, <c>verify:{attribute}</c>.</summary>
    [Id(7)] public Dictionary<string, PendingCode> Codes { get; set; } = new(StringComparer.Ordinal);
    [Id(8)] public Dictionary<string, RefreshFamily> Families { get; set; } = new(StringComparer.Ordinal);
    [Id(9)] public List<string> Groups { get; set; } = [];

    /// <summary>GlobalSignOut: access tokens issued before this instant (unix seconds) are refused.</summary>
    [Id(10)] public long TokensValidAfter { get; set; }
    [Id(11)] public DateTimeOffset? TemporaryPasswordExpiresAt { get; set; }

    /// <summary>Alias grain keys this user holds, committed.</summary>
    [Id(12)] public List<string> Aliases { get; set; } = [];

    /// <summary>New email or phone values waiting for verification; the old value stays in use until then.</summary>
    [Id(13)] public Dictionary<string, string> PendingAttributes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Wrong passwords since the last success; stored, so a restart or a grain move does not reset it.</summary>
    [Id(14)] public int FailedSignIns { get; set; }
    [Id(15)] public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>The SRP verifier (salt and g^x), sealed: it allows offline guessing far cheaper than Argon2id.</summary>
    [Id(16)] public byte[]? SealedSrpVerifier { get; set; }

    /// <summary>SRP secret blocks already answered, by nonce, kept until they expire: each works once.</summary>
    [Id(17)] public Dictionary<string, DateTimeOffset> UsedSrpBlocks { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The authenticator app's secret once a code proved it, sealed at rest.</summary>
    [Id(18)] public byte[]? SealedTotpSecret { get; set; }

    /// <summary>A secret handed out by AssociateSoftwareToken and not yet verified.</summary>
    [Id(19)] public byte[]? PendingTotpSecret { get; set; }

    /// <summary>The last 30-second step a TOTP code was accepted for: each code works once.</summary>
    [Id(20)] public long TotpLastStep { get; set; }
    [Id(21)] public List<string> EnabledMfa { get; set; } = [];
    [Id(22)] public string? PreferredMfa { get; set; }

    /// <summary>Devices by key: offered at sign-in, confirmed with their SRP verifier, then remembered or not.</summary>
    [Id(23)] public Dictionary<string, DeviceRecord> Devices { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The SRP "pool name" of this user's devices, handed out with each NewDeviceMetadata.</summary>
    [Id(24)] public string? DeviceGroupKey { get; set; }

    /// <summary>Registered passkeys by credential id (base64url).</summary>
    [Id(40)] public Dictionary<string, PasskeyRecord> Passkeys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The creation options of StartWebAuthnRegistration, until CompleteWebAuthnRegistration spends them.</summary>
    [Id(41)] public PendingPasskeyChallenge? PendingPasskeyRegistration { get; set; }

    /// <summary>WEB_AUTHN sign-in challenges handed out, by challenge (base64url); each is answered once.</summary>
    [Id(42)] public Dictionary<string, PendingPasskeyChallenge> PendingPasskeySignIns { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Recent sign-in, sign-up and password events with their risk decisions, newest first, at most 50.</summary>
    [Id(30)] public List<Cluster.Abstractions.Users.AuthEvent> AuthEvents { get; set; } = [];
}
