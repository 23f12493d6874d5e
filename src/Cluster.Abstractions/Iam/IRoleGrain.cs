using Cluster.Abstractions.Errors;

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

    /// <summary>Creates the role; EntityAlreadyExists when it exists (in any case), so concurrent creates have one winner.</summary>
    [Alias("Create")]
    Task<Result<RoleView>> CreateAsync(NewRole role);

    [Alias("Get")]
    Task<Result<RoleView>> GetAsync();

    /// <summary>Deletes the role; DeleteConflict while it still has inline policies, as IAM.</summary>
    [Alias("Delete")]
    Task<Result<Unit>> DeleteAsync();

    [Alias("UpdateAssumeRolePolicy")]
    Task<Result<Unit>> UpdateAssumeRolePolicyAsync(string policyDocument);

    /// <summary>Adds or replaces one inline policy.</summary>
    [Alias("PutPolicy")]
    Task<Result<Unit>> PutPolicyAsync(string policyName, string policyDocument);

    [Alias("GetPolicy")]
    Task<Result<RolePolicy>> GetPolicyAsync(string policyName);

    [Alias("DeletePolicy")]
    Task<Result<Unit>> DeletePolicyAsync(string policyName);

    [Alias("ListPolicies")]
    Task<Result<IamPage<string>>> ListPoliciesAsync(string? marker, int? maxItems);

    [Alias("Tag")]
    Task<Result<Unit>> TagAsync(IReadOnlyList<IamTag> tags);

    [Alias("Untag")]
    Task<Result<Unit>> UntagAsync(IReadOnlyList<string> tagKeys);

    [Alias("ListTags")]
    Task<Result<IamPage<IamTag>>> ListTagsAsync(string? marker, int? maxItems);
}
