using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.IdentityPools;

namespace Cluster.Grains.IdentityPools;

/// <summary>One shard of a pool's identities, for ListIdentities.</summary>
public sealed class IdentityDirectoryGrain(
    [PersistentState("identity-directory", StorageNames.Cluster)] IPersistentState<IdentityDirectoryState> state) : Grain, IIdentityDirectoryGrain
{
    public async Task PutAsync(IdentityView identity)
    {
        state.State.Identities[identity.IdentityId] = identity;
        await state.WriteStateAsync();
    }

    public async Task RemoveAsync(string identityId)
    {
        if (state.State.Identities.Remove(identityId))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<IdentityView>> ListAsync(string? after, int limit) =>
        Task.FromResult<IReadOnlyList<IdentityView>>(state.State.Identities.Values
            .Where(i => after is null || string.CompareOrdinal(i.IdentityId, after) > 0)
            .Take(limit)
            .ToList());
}
