namespace Cluster.Abstractions.Users;

/// <summary>A user to create, by SignUp (with a password) or AdminCreateUser (temporary password).</summary>
[GenerateSerializer, Immutable, Alias("Cluster.NewUser")]
public sealed record NewUser
{
    /// <summary>The sign-in name as given (an email in an email-as-username pool).</summary>
    [Id(0)] public required string Username { get; init; }
    [Id(1)] public string? Password { get; init; }
    [Id(2)] public IReadOnlyList<UserAttribute> Attributes { get; init; } = [];
    [Id(3)] public bool ByAdmin { get; init; }
    [Id(4)] public string? ClientId { get; init; }

    /// <summary>AdminCreateUser: SUPPRESS or RESEND, or null to send the invitation.</summary>
    [Id(5)] public string? MessageAction { get; init; }
    [Id(6)] public IReadOnlyList<string> DesiredDeliveryMediums { get; init; } = [];

    /// <summary>
    /// An imported user, as Cognito's user import makes them: no password, status RESET_REQUIRED until the user
    /// sets one through ForgotPassword, no invitation. Bulk seeding uses it: it costs no password hash.
    /// </summary>
    [Id(7)] public bool Imported { get; init; }
}
