namespace Cluster.IntegrationTests.MultiSilo;

/// <summary>
/// What the driver knows about one user from acknowledged replies only. A write whose reply was lost (5xx, broken
/// connection, timeout) may or may not have happened: it is kept as pending, and either outcome is right.
/// </summary>
public sealed class DriverUser(string username)
{
    public string Username { get; } = username;

    /// <summary>AdminCreateUser answered 200: the user must exist, once.</summary>
    public bool CreationAcknowledged { get; set; }

    /// <summary>AdminCreateUser failed retryably: the user may or may not exist, but never twice.</summary>
    public bool CreationUncertain { get; set; }

    /// <summary>The password of the last acknowledged AdminSetUserPassword or ChangePassword.</summary>
    public string? Password { get; set; }

    /// <summary>A ChangePassword whose reply was lost: the password is this or <see cref="Password"/>.</summary>
    public string? PendingPassword { get; set; }

    /// <summary>The password the driver is setting with AdminSetUserPassword (idempotent, so retried until acknowledged).</summary>
    public string? PasswordToSet { get; set; }

    public string? AccessToken { get; set; }

    public int Steps { get; set; }

    public int PasswordChanges { get; set; }
}
