namespace Cluster.Abstractions.Users;

/// <summary>A user as GetUser, AdminGetUser and ListUsers show it.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.UserView")]
public sealed record UserView(
    [property: Id(0)] string Username,
    [property: Id(1)] string Sub,
    [property: Id(2)] IReadOnlyList<UserAttribute> Attributes,
    [property: Id(3)] DateTimeOffset CreateDate,
    [property: Id(4)] DateTimeOffset LastModifiedDate,
    [property: Id(5)] bool Enabled,
    [property: Id(6)] string Status)
{
    /// <summary>The enabled second factors (SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP) and the preferred one.</summary>
    [Id(7)] public IReadOnlyList<string> MfaSettings { get; init; } = [];

    [Id(8)] public string? PreferredMfa { get; init; }
}
