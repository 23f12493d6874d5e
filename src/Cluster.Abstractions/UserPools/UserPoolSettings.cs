namespace Cluster.Abstractions.UserPools;

/// <summary>Everything a pool's owner configures, as given to CreateUserPool and returned by DescribeUserPool.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.UserPoolSettings")]
public sealed record UserPoolSettings
{
    [Id(0)] public required string Name { get; init; }
    [Id(1)] public PasswordPolicySettings PasswordPolicy { get; init; } = new();
    [Id(2)] public string DeletionProtection { get; init; } = "INACTIVE";
    [Id(3)] public string MfaConfiguration { get; init; } = "OFF";
    [Id(4)] public IReadOnlyList<string> AutoVerifiedAttributes { get; init; } = [];
    [Id(5)] public IReadOnlyList<string> AliasAttributes { get; init; } = [];
    [Id(6)] public IReadOnlyList<string> UsernameAttributes { get; init; } = [];
    [Id(7)] public bool UsernameCaseSensitive { get; init; }
    [Id(8)] public IReadOnlyList<SchemaAttribute> Schema { get; init; } = [];
    [Id(9)] public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();
    [Id(10)] public IReadOnlyList<RecoveryOption> AccountRecovery { get; init; } = [];
    [Id(11)] public bool AllowAdminCreateUserOnly { get; init; }
    [Id(12)] public int UnusedAccountValidityDays { get; init; } = 7;
    [Id(13)] public string UserPoolTier { get; init; } = "ESSENTIALS";
    [Id(14)] public string? EmailVerificationMessage { get; init; }
    [Id(15)] public string? EmailVerificationSubject { get; init; }
    [Id(16)] public string? SmsVerificationMessage { get; init; }
    [Id(17)] public string? SmsAuthenticationMessage { get; init; }

    [Id(19)] public IReadOnlyList<string> AllowedFirstAuthFactors { get; init; } = ["PASSWORD"];
    [Id(20)] public string? InviteSmsMessage { get; init; }
    [Id(21)] public string? InviteEmailMessage { get; init; }
    [Id(22)] public string? InviteEmailSubject { get; init; }

    /// <summary>UserAttributeUpdateSettings: email/phone changes that wait for verification, the old value staying in use.</summary>
    [Id(23)] public IReadOnlyList<string> AttributesRequireVerificationBeforeUpdate { get; init; } = [];

    [Id(24)] public bool SmsMfaEnabled { get; init; }
    [Id(25)] public bool SoftwareTokenMfaEnabled { get; init; }
    [Id(26)] public bool EmailMfaEnabled { get; init; }
    [Id(27)] public string? EmailMfaMessage { get; init; }
    [Id(28)] public string? EmailMfaSubject { get; init; }

    /// <summary>DeviceConfiguration given: sign-ins offer NewDeviceMetadata and remembered devices may skip MFA.</summary>
    [Id(29)] public bool DeviceTracking { get; init; }
    [Id(30)] public bool DeviceChallengeRequiredOnNewDevice { get; init; }
    [Id(31)] public bool DeviceOnlyRememberedOnUserPrompt { get; init; }

    /// <summary>WebAuthnConfiguration.RelyingPartyId; null means the host of the public base URL.</summary>
    [Id(40)] public string? WebAuthnRelyingPartyId { get; init; }

    /// <summary>WebAuthnConfiguration.UserVerification: <c>required</c> or <c>preferred</c> (Cognito's default).</summary>
    [Id(41)] public string WebAuthnUserVerification { get; init; } = "preferred";

    /// <summary>WebAuthnConfiguration.FactorConfiguration as given: stored and returned, passkeys are a single factor here.</summary>
    [Id(42)] public string? WebAuthnFactorConfiguration { get; init; }

    /// <summary>
    /// Settings this service stores and returns but does not act on yet (LambdaConfig, EmailConfiguration, ...),
    /// kept as the caller's JSON by member name so DescribeUserPool returns what CreateUserPool was given.
    /// </summary>
    [Id(18)] public IReadOnlyDictionary<string, string> StoredOnly { get; init; } = new Dictionary<string, string>();
}
