using Cluster.Abstractions.Errors;

namespace Cluster.Abstractions.Iam;

/// <summary>
/// Every role of the account, for ListRoles (key <see cref="IamKeys.RoleDirectory"/>). Written only by role grains,
/// never calls them back, so the two cannot deadlock. One activation is enough at IAM's scale (1,000 roles).
/// </summary>
[Alias("Cluster.IRoleDirectoryGrain")]
public interface IRoleDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Lists a new role; LimitExceeded at the account's role quota.</summary>
    [Alias("Add")]
    Task<Result<Unit>> AddAsync(RoleView role);

    /// <summary>Replaces the row of a listed role (trust policy or description changed).</summary>
    [Alias("Update")]
    Task UpdateAsync(RoleView role);

    [Alias("Remove")]
    Task RemoveAsync(string roleName);

    [Alias("List")]
    Task<Result<IamPage<RoleView>>> ListAsync(string? pathPrefix, string? marker, int? maxItems);
}
