using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.UserPools;
using Cluster.Domain.Errors;
using Cluster.Domain.Paging;

namespace Cluster.Grains.UserPools;

/// <summary>The pools of one region, for ListUserPools; keyed by region.</summary>
public sealed class UserPoolCatalogGrain(
    [PersistentState("catalog", StorageNames.Cluster)] IPersistentState<UserPoolCatalogState> state) : Grain, IUserPoolCatalogGrain
{
    /// <summary>Cognito's default quota of user pools per account and region.</summary>
    public const int MaxPools = 1000;

    public async Task<Result<Unit>> AddAsync(UserPoolSummary pool)
    {
        // A pool already listed is being renamed: that never counts against the quota.
        if (state.State.Pools.Count >= MaxPools && !state.State.Pools.ContainsKey(pool.Id))
        {
            return new IdentityError(ErrorCodes.LimitExceeded, $"The maximum number of user pools ({MaxPools}) has been reached.");
        }

        state.State.Pools[pool.Id] = pool;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Pools.Remove(pool.Id);
            throw;
        }

        return Unit.Value;
    }

    public async Task RemoveAsync(string poolId)
    {
        if (state.State.Pools.Remove(poolId))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<Result<UserPoolPage>> ListAsync(int maxResults, string? nextToken)
    {
        var after = string.Empty;
        if (nextToken is not null && !PageToken.TryDecode(nextToken, out after))
        {
            return Task.FromResult(Result<UserPoolPage>.Fail(IdentityError.InvalidParameter("Invalid pagination token.")));
        }

        var page = state.State.Pools.Values
            .Where(p => string.CompareOrdinal(p.Id, after) > 0)
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .Take(maxResults + 1)
            .ToList();
        var more = page.Count > maxResults;
        if (more)
        {
            page.RemoveAt(maxResults);
        }

        return Task.FromResult(Result<UserPoolPage>.Ok(new UserPoolPage(page, more ? PageToken.Encode(page[^1].Id) : null)));
    }
}
