namespace Cluster.Abstractions.Users;

/// <summary>The kinds of sign-in names, and how their alias grain keys are built.</summary>
public static class AliasKinds
{
    public const string Username = "username";
    public const string Email = "email";
    public const string PhoneNumber = "phone_number";
    public const string PreferredUsername = "preferred_username";

    public static string Key(string poolId, string kind, string normalizedValue) => $"{poolId}/{kind}/{normalizedValue}";
}
