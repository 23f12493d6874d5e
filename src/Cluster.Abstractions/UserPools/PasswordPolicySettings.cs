namespace Cluster.Abstractions.UserPools;

/// <summary>A pool's password policy; defaults are Cognito's.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.PasswordPolicySettings")]
public sealed record PasswordPolicySettings
{
    [Id(0)] public int MinimumLength { get; init; } = 8;
    [Id(1)] public bool RequireUppercase { get; init; } = true;
    [Id(2)] public bool RequireLowercase { get; init; } = true;
    [Id(3)] public bool RequireNumbers { get; init; } = true;
    [Id(4)] public bool RequireSymbols { get; init; } = true;
    [Id(5)] public int? PasswordHistorySize { get; init; }
    [Id(6)] public int TemporaryPasswordValidityDays { get; init; } = 7;
}
