using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.IdentityPools;

namespace Cluster.Grains.IdentityPools;

/// <summary>
/// Which identity one login belongs to. It never calls the identity back (the identity may be the caller), so a
/// claim written here before the identity links it is repaired by the next GetId, which ensures the link.
/// </summary>
public sealed class IdentityLoginGrain(
    [PersistentState("identity-login", StorageNames.Cluster)] IPersistentState<IdentityLoginState> state) : Grain, IIdentityLoginGrain
{
    public Task<string?> ResolveAsync() => Task.FromResult(state.State.IdentityId);

    public async Task<string> ClaimAsync(string identityId)
    {
        if (state.State.IdentityId is { } owner)
        {
            return owner;
        }

        state.State.IdentityId = identityId;
        await state.WriteStateAsync();
        return identityId;
    }

    public async Task ReleaseAsync(string identityId)
    {
        if (state.State.IdentityId == identityId)
        {
            await state.ClearStateAsync();
            state.State = new IdentityLoginState();
        }
    }

    public async Task<string?> ReassignAsync(string identityId)
    {
        var previous = state.State.IdentityId;
        if (previous != identityId)
        {
            state.State.IdentityId = identityId;
            await state.WriteStateAsync();
        }

        return previous;
    }
}
