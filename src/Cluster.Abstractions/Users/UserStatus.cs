namespace Cluster.Abstractions.Users;

/// <summary>Cognito's user statuses, spelled as on the wire.</summary>
public static class UserStatus
{
    public const string Unconfirmed = "UNCONFIRMED";
    public const string Confirmed = "CONFIRMED";
    public const string ForceChangePassword = "FORCE_CHANGE_PASSWORD";
    public const string ResetRequired = "RESET_REQUIRED";
    public const string ExternalProvider = "EXTERNAL_PROVIDER";
}
