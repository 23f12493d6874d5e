namespace Cluster.Abstractions.Users;

/// <summary>GetUserAuthFactors: the MFA settings and the first factors the user can sign in with.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.UserAuthFactors")]
public sealed record UserAuthFactors(
    [property: Id(0)] string Username,
    [property: Id(1)] string? PreferredMfa,
    [property: Id(2)] IReadOnlyList<string> MfaSettings,
    [property: Id(3)] IReadOnlyList<string> ConfiguredFactors);
