namespace Cluster.Domain.UserPools;

/// <summary>The OIDC standard attributes every Cognito pool has, with Cognito's default constraints.</summary>
public static class StandardAttributes
{
    /// <summary>Name, data type, mutable, and max length (null for non-strings).</summary>
    public static IReadOnlyList<StandardAttribute> All { get; } =
    [
        new("sub", "String", Mutable: false, Required: true, MinLength: 1, MaxLength: 2048),
        new("name", "String", true, false, 0, 2048),
        new("given_name", "String", true, false, 0, 2048),
        new("family_name", "String", true, false, 0, 2048),
        new("middle_name", "String", true, false, 0, 2048),
        new("nickname", "String", true, false, 0, 2048),
        new("preferred_username", "String", true, false, 0, 2048),
        new("profile", "String", true, false, 0, 2048),
        new("picture", "String", true, false, 0, 2048),
        new("website", "String", true, false, 0, 2048),
        new("email", "String", true, false, 0, 2048),
        new("email_verified", "Boolean", true, false, null, null),
        new("gender", "String", true, false, 0, 2048),
        new("birthdate", "String", true, false, 10, 10),
        new("zoneinfo", "String", true, false, 0, 2048),
        new("locale", "String", true, false, 0, 2048),
        new("phone_number", "String", true, false, 0, 2048),
        new("phone_number_verified", "Boolean", true, false, null, null),
        new("address", "String", true, false, 0, 2048),
        new("updated_at", "Number", true, false, null, null),
    ];

    private static readonly Dictionary<string, StandardAttribute> ByName = All.ToDictionary(a => a.Name, StringComparer.Ordinal);

    public static bool TryGet(string name, out StandardAttribute attribute) => ByName.TryGetValue(name, out attribute!);
}
