using Cluster.Abstractions.Errors;

namespace Cluster.Abstractions.UserPools;

/// <summary>
/// The list of pools in a region, for ListUserPools. Touched only by pool management, never by sign-in traffic.
/// </summary>
[Alias("Cluster.IUserPoolCatalogGrain")]
public interface IUserPoolCatalogGrain : IGrainWithStringKey
{
    [Alias("Add")]
    Task<Result<Unit>> AddAsync(UserPoolSummary pool);

    [Alias("Remove")]
    Task RemoveAsync(string poolId);

    [Alias("List")]
    Task<Result<UserPoolPage>> ListAsync(int maxResults, string? nextToken);
}
