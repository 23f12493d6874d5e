using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.IdentityPools;
using Cluster.Domain.Errors;

namespace Cluster.Grains.IdentityPools;

/// <summary>The deployment's identity pools, for ListIdentityPools and the pool quota.</summary>
public sealed class IdentityPoolCatalogGrain(
    [PersistentState("identity-pool-catalog", StorageNames.Cluster)] IPersistentState<IdentityPoolCatalogState> state) : Grain, IIdentityPoolCatalogGrain
{
    /// <summary>Cognito's default quota of identity pools per account and region.</summary>
    public const int MaxPools = 1000;

    public async Task<Result<Unit>> PutAsync(IdentityPoolSummary pool)
    {
        if (state.State.Pools.Count >= MaxPools && !state.State.Pools.ContainsKey(pool.IdentityPoolId))
        {
            return new IdentityError(ErrorCodes.LimitExceeded, $"The maximum number of identity pools ({MaxPools}) has been reached.");
        }

        var previous = state.State.Pools.GetValueOrDefault(pool.IdentityPoolId);
        state.State.Pools[pool.IdentityPoolId] = pool;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            if (previous is null)
            {
                state.State.Pools.Remove(pool.IdentityPoolId);
            }
            else
            {
                state.State.Pools[pool.IdentityPoolId] = previous;
            }

            throw;
        }

        return Unit.Value;
    }

    public async Task RemoveAsync(string identityPoolId)
    {
        if (state.State.Pools.Remove(identityPoolId))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<IdentityPoolSummary>> ListAsync(string? after, int limit) =>
        Task.FromResult<IReadOnlyList<IdentityPoolSummary>>(state.State.Pools.Values
            .Where(p => after is null || string.CompareOrdinal(p.IdentityPoolId, after) > 0)
            .Take(limit)
            .ToList());
}
