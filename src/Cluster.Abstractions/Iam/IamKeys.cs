namespace Cluster.Abstractions.Iam;

/// <summary>How IAM grain keys are built.</summary>
public static class IamKeys
{
    /// <summary>The key of the roles directory and, with the kinds below, of the provider directories.</summary>
    public const string RoleDirectory = "roles";

    public const string OidcProviderDirectory = "oidc-providers";

    public const string SamlProviderDirectory = "saml-providers";

    /// <summary>IAM role names are unique regardless of case, so the key is the name in lower case.</summary>
    public static string Role(string roleName) => roleName.ToLowerInvariant();
}
