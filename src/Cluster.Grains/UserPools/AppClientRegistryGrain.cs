using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.UserPools;

namespace Cluster.Grains.UserPools;

/// <summary>Keyed by client id: the pool it belongs to.</summary>
public sealed class AppClientRegistryGrain(
    [PersistentState("client", StorageNames.Cluster)] IPersistentState<AppClientRegistryState> state) : Grain, IAppClientRegistryGrain
{
    public async Task RegisterAsync(string poolId)
    {
        state.State.PoolId = poolId;
        await state.WriteStateAsync();
    }

    public async Task UnregisterAsync()
    {
        if (state.State.PoolId is not null)
        {
            await state.ClearStateAsync();
            state.State = new AppClientRegistryState();
        }
    }

    public Task<string?> GetPoolAsync() => Task.FromResult(state.State.PoolId);
}
