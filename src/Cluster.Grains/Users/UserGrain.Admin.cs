using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Users;
using Cluster.Domain.Errors;

namespace Cluster.Grains.Users;

/// <summary>Enable, disable, delete, and group membership.</summary>
public sealed partial class UserGrain
{
    public async Task<Result<Unit>> SetEnabledAsync(bool enabled)
    {
        if (!Exists)
        {
            return UserNotFound;
        }

        state.State.Enabled = enabled;
        if (!enabled)
        {
            // A disabled user's tokens stop working at once, as Cognito's do.
            SignOutEverywhere();
        }

        await SaveAsync();
        return Unit.Value;
    }

    public async Task<Result<Unit>> DeleteAsync(AccessCheck? access)
    {
        var denied = CheckAccess(access);
        if (denied is not null)
        {
            return denied;
        }

        var username = state.State.Username!;
        var aliases = state.State.Aliases.ToList();
        await state.ClearStateAsync();
        state.State = new UserState();
        await Directory().RemoveAsync(username);
        await Task.WhenAll(aliases.Select(a => GrainFactory.GetGrain<IUserAliasGrain>(a).ReleaseAsync(Sub)));
        DeactivateOnIdle();
        return Unit.Value;
    }

    public async Task<Result<Unit>> AddToGroupAsync(string groupName)
    {
        if (!Exists)
        {
            return UserNotFound;
        }

        var context = await pools.GetAsync(PoolId);
        if (context is null || !context.Groups.ContainsKey(groupName))
        {
            return IdentityError.NotFound("Group not found.");
        }

        if (!state.State.Groups.Contains(groupName))
        {
            if (state.State.Groups.Count >= 100)
            {
                return new IdentityError(ErrorCodes.LimitExceeded, "A user can be a member of at most 100 groups.");
            }

            state.State.Groups.Add(groupName);
            await SaveAsync();
        }

        return Unit.Value;
    }

    public async Task<Result<Unit>> RemoveFromGroupAsync(string groupName)
    {
        if (!Exists)
        {
            return UserNotFound;
        }

        if (state.State.Groups.Remove(groupName))
        {
            await SaveAsync();
        }

        return Unit.Value;
    }

    public Task<Result<IReadOnlyList<string>>> ListGroupsAsync() =>
        Task.FromResult(Exists
            ? Result<IReadOnlyList<string>>.Ok(state.State.Groups.ToList())
            : Result<IReadOnlyList<string>>.Fail(UserNotFound));
}
