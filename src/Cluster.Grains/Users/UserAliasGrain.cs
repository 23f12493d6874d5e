using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Users;

namespace Cluster.Grains.Users;

/// <summary>
/// One sign-in name. Being a single non-reentrant activation, it serialises concurrent claims: the first
/// reservation wins. A reservation whose user never came to exist (a crash mid sign-up) is taken over later.
/// </summary>
public sealed class UserAliasGrain(
    [PersistentState("alias", StorageNames.Cluster)] IPersistentState<UserAliasState> state,
    TimeProvider time) : Grain, IUserAliasGrain
{
    /// <summary>Longer than any sign-up takes between reserving a name and committing it.</summary>
    public static readonly TimeSpan ReservationTimeout = TimeSpan.FromMinutes(2);

    private string PoolId => this.GetPrimaryKeyString()[..this.GetPrimaryKeyString().IndexOf('/', StringComparison.Ordinal)];

    public async Task<bool> ReserveAsync(string sub)
    {
        if (state.State.Sub == sub)
        {
            return true;
        }

        if (state.State.Sub is not null && !await IsAbandonedAsync())
        {
            return false;
        }

        state.State = new UserAliasState { Sub = sub, ReservedAt = time.GetUtcNow() };
        await state.WriteStateAsync();
        return true;
    }

    public async Task CommitAsync(string sub)
    {
        if (state.State.Sub == sub && !state.State.Committed)
        {
            state.State.Committed = true;
            await state.WriteStateAsync();
        }
    }

    public async Task ReleaseAsync(string sub)
    {
        if (state.State.Sub == sub)
        {
            await state.ClearStateAsync();
            state.State = new UserAliasState();
        }
    }

    public async Task<string?> ResolveAsync()
    {
        if (state.State.Sub is null)
        {
            return null;
        }

        if (state.State.Committed)
        {
            return state.State.Sub;
        }

        // Reserved but never committed (a crash mid sign-up): the name is the user's if the user was in fact written.
        if (!await GrainFactory.GetGrain<IUserGrain>(UserKeys.User(PoolId, state.State.Sub)).ExistsAsync())
        {
            return null;
        }

        state.State.Committed = true;
        await state.WriteStateAsync();
        return state.State.Sub;
    }

    private async Task<bool> IsAbandonedAsync()
    {
        if (state.State.Committed || time.GetUtcNow() - state.State.ReservedAt < ReservationTimeout)
        {
            return false;
        }

        return !await GrainFactory.GetGrain<IUserGrain>(UserKeys.User(PoolId, state.State.Sub!)).ExistsAsync();
    }
}
