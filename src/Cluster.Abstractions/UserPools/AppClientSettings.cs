namespace Cluster.Abstractions.UserPools;

/// <summary>An app client's settings as CreateUserPoolClient takes them; defaults are Cognito's.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.AppClientSettings")]
public sealed record AppClientSettings
{
    [Id(0)] public required string ClientName { get; init; }
    [Id(1)] public int RefreshTokenValidity { get; init; } = 30;
    [Id(2)] public int AccessTokenValidity { get; init; } = 60;
    [Id(3)] public int IdTokenValidity { get; init; } = 60;
    [Id(4)] public string RefreshTokenUnit { get; init; } = "days";
    [Id(5)] public string AccessTokenUnit { get; init; } = "minutes";
    [Id(6)] public string IdTokenUnit { get; init; } = "minutes";
    [Id(7)] public IReadOnlyList<string>? ReadAttributes { get; init; }
    [Id(8)] public IReadOnlyList<string>? WriteAttributes { get; init; }
    [Id(9)] public IReadOnlyList<string> ExplicitAuthFlows { get; init; } = [];
    [Id(10)] public IReadOnlyList<string> SupportedIdentityProviders { get; init; } = [];
    [Id(11)] public IReadOnlyList<string> CallbackUrls { get; init; } = [];
    [Id(12)] public IReadOnlyList<string> LogoutUrls { get; init; } = [];
    [Id(13)] public string? DefaultRedirectUri { get; init; }
    [Id(14)] public IReadOnlyList<string> AllowedOAuthFlows { get; init; } = [];
    [Id(15)] public IReadOnlyList<string> AllowedOAuthScopes { get; init; } = [];
    [Id(16)] public bool AllowedOAuthFlowsUserPoolClient { get; init; }
    [Id(17)] public string PreventUserExistenceErrors { get; init; } = "LEGACY";
    [Id(18)] public bool EnableTokenRevocation { get; init; } = true;
    [Id(19)] public int AuthSessionValidity { get; init; } = 3;
    [Id(20)] public bool RefreshTokenRotation { get; init; }
    [Id(21)] public int RefreshTokenRetryGracePeriodSeconds { get; init; }

    /// <summary>Members accepted and echoed but not acted on (AnalyticsConfiguration, ...), as the caller's JSON.</summary>
    [Id(22)] public IReadOnlyDictionary<string, string> StoredOnly { get; init; } = new Dictionary<string, string>();
}
