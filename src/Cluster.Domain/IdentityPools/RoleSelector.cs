using Cluster.Domain.Errors;

namespace Cluster.Domain.IdentityPools;

/// <summary>
/// Picks the role of a GetCredentialsForIdentity call as Cognito does: the unauthenticated role for guests; for a
/// login with a role mapping, its Token rules (<c>cognito:preferred_role</c>, then <c>cognito:roles</c>, narrowed by
/// CustomRoleArn) or its Rules (first match wins), falling back per AmbiguousRoleResolution; else the authenticated role.
/// </summary>
public static class RoleSelector
{
    public const string TokenMapping = "Token";
    public const string RulesMapping = "Rules";
    public const string UseAuthenticatedRole = "AuthenticatedRole";

    private const string NoRoleMessage = "Invalid identity pool configuration. Check assigned IAM roles for this pool.";

    public static RoleChoice ChooseUnauthenticated(string? unauthenticatedRole) =>
        unauthenticatedRole is null ? RoleChoice.Fail(ErrorCodes.InvalidIdentityPoolConfiguration, NoRoleMessage) : RoleChoice.Of(unauthenticatedRole);

    /// <param name="mappingType">The mapping's Type for the login, or null when the login has no mapping.</param>
    public static RoleChoice ChooseAuthenticated(
        string? authenticatedRole,
        string? mappingType,
        string? ambiguousRoleResolution,
        IReadOnlyList<MappingRule> rules,
        IReadOnlyDictionary<string, string[]> claims,
        string? customRoleArn)
    {
        var fallback = authenticatedRole is null ? RoleChoice.Fail(ErrorCodes.InvalidIdentityPoolConfiguration, NoRoleMessage) : RoleChoice.Of(authenticatedRole);
        var mapped = mappingType switch
        {
            TokenMapping => FromToken(claims, customRoleArn),
            RulesMapping => rules.FirstOrDefault(r => r.Matches(claims))?.RoleArn is { } arn ? RoleChoice.Of(arn) : null,
            _ => null,
        };

        if (mapped is not null)
        {
            return mapped;
        }

        if (mappingType is null)
        {
            return customRoleArn is null || customRoleArn == authenticatedRole
                ? fallback
                : RoleChoice.Fail(ErrorCodes.NotAuthorized, "CustomRoleArn can only be one of the roles the identity provider's token grants.");
        }

        return ambiguousRoleResolution == UseAuthenticatedRole
            ? fallback
            : RoleChoice.Fail(ErrorCodes.NotAuthorized, "Ambiguous role mapping rules for this login: no rule or token claim selected a role.");
    }

    private static RoleChoice? FromToken(IReadOnlyDictionary<string, string[]> claims, string? customRoleArn)
    {
        var roles = claims.GetValueOrDefault("cognito:roles") ?? [];
        if (customRoleArn is not null)
        {
            return roles.Contains(customRoleArn, StringComparer.Ordinal)
                ? RoleChoice.Of(customRoleArn)
                : RoleChoice.Fail(ErrorCodes.NotAuthorized, "CustomRoleArn can only be one of the roles the identity provider's token grants.");
        }

        if (claims.GetValueOrDefault("cognito:preferred_role") is [var preferred, ..])
        {
            return RoleChoice.Of(preferred);
        }

        return roles.Length == 1 ? RoleChoice.Of(roles[0]) : null;
    }
}
