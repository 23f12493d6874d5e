using Cluster.Abstractions.Errors;

namespace Cluster.Abstractions.IdentityPools;

/// <summary>The list of identity pools of the deployment (one grain, key <c>catalog</c>), for ListIdentityPools.</summary>
[Alias("Cluster.IIdentityPoolCatalogGrain")]
public interface IIdentityPoolCatalogGrain : IGrainWithStringKey
{
    /// <summary>Adds or renames a pool; fails with LimitExceeded past the quota.</summary>
    [Alias("Put")]
    Task<Result<Unit>> PutAsync(IdentityPoolSummary pool);

    [Alias("Remove")]
    Task RemoveAsync(string identityPoolId);

    /// <summary>Up to <paramref name="limit"/> pools after <paramref name="after"/> (an id), in id order.</summary>
    [Alias("List")]
    Task<IReadOnlyList<IdentityPoolSummary>> ListAsync(string? after, int limit);
}
