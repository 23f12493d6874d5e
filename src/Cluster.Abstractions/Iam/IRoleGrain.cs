namespace Cluster.Abstractions.Iam;

/// <summary>
/// One IAM role, keyed by its name in lower case (IAM role names are unique regardless of case): its trust
/// policy, inline permission policies and settings.
/// </summary>
[Alias("Cluster.IRoleGrain")]
public interface IRoleGrain : IGrainWithStringKey
{
    /// <summary>The trust and permission policies, or null when the role does not exist.</summary>
    [Alias("GetAuthorization")]
    Task<RoleAuthorization?> GetAuthorizationAsync();
}
