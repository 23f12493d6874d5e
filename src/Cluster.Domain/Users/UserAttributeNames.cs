namespace Cluster.Domain.Users;

/// <summary>Attribute names the user rules treat specially, spelled as on the wire.</summary>
public static class UserAttributeNames
{
    public const string Sub = "sub";
    public const string Email = "email";
    public const string EmailVerified = "email_verified";
    public const string PhoneNumber = "phone_number";
    public const string PhoneNumberVerified = "phone_number_verified";
    public const string PreferredUsername = "preferred_username";

    /// <summary>ListUsers-only names: the username itself, the enabled flag and the account status.</summary>
    public const string Username = "username";
    public const string Status = "status";
    public const string UserStatus = "cognito:user_status";
}
