namespace Cluster.Domain.Credentials;

/// <summary>IAM ARNs: roles (<c>arn:aws:iam::{account}:role/{path}{name}</c>), OIDC and SAML providers.</summary>
public static class IamArns
{
    public static string Role(string accountId, string path, string name) => $"arn:aws:iam::{accountId}:role{path}{name}";

    /// <summary><paramref name="url"/> without its scheme, e.g. <c>accounts.google.com</c>.</summary>
    public static string OidcProvider(string accountId, string url) => $"arn:aws:iam::{accountId}:oidc-provider/{url}";

    public static string SamlProvider(string accountId, string name) => $"arn:aws:iam::{accountId}:saml-provider/{name}";

    /// <summary>The role name (the last path segment) of a role ARN, or null when it is not one.</summary>
    public static string? RoleName(string arn)
    {
        var rest = Resource(arn, "role/");
        var name = rest?[(rest.LastIndexOf('/') + 1)..];
        return string.IsNullOrEmpty(name) ? null : name;
    }

    /// <summary>The provider URL (no scheme) of an OIDC provider ARN, or null.</summary>
    public static string? OidcProviderUrl(string arn) => Resource(arn, "oidc-provider/") is { Length: > 0 } url ? url : null;

    /// <summary>The provider name of a SAML provider ARN, or null.</summary>
    public static string? SamlProviderName(string arn) => Resource(arn, "saml-provider/") is { Length: > 0 } name ? name : null;

    /// <summary>The account id of an IAM ARN, or null.</summary>
    public static string? AccountOf(string arn)
    {
        var parts = arn.Split(':', 6);
        return parts.Length == 6 && parts[0] == "arn" && parts[2] == "iam" ? parts[4] : null;
    }

    private static string? Resource(string arn, string kind)
    {
        var parts = arn.Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn" || parts[2] != "iam" || !parts[5].StartsWith(kind, StringComparison.Ordinal))
        {
            return null;
        }

        return parts[5][kind.Length..];
    }
}
