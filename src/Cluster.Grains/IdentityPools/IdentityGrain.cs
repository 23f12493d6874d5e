using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.IdentityPools;
using Cluster.Abstractions.Security;
using Cluster.Domain.Errors;

namespace Cluster.Grains.IdentityPools;

/// <summary>
/// One identity: which logins are linked to it (each also recorded, authoritatively, in its login grain) and
/// what it is issued. Calls go out to login, directory and other identity grains, never back to a caller.
/// </summary>
public sealed partial class IdentityGrain(
    [PersistentState("identity", StorageNames.Cluster)] IPersistentState<IdentityState> state,
    IIdentityPoolCache pools,
    Abstractions.Iam.IRoleCache roles,
    IIdentityTokenKeys tokenKeys,
    ClusterKeys keys,
    TimeProvider time) : Grain, IIdentityGrain
{
    private string Id => this.GetPrimaryKeyString();

    private bool Exists => state.State.IdentityPoolId is not null;

    public async Task<Result<IdentityView>> EnsureAsync(string identityPoolId, LinkedLogin? login)
    {
        if (!Exists)
        {
            var now = time.GetUtcNow();
            state.State = new IdentityState { IdentityPoolId = identityPoolId, CreatedAt = now, ModifiedAt = now };
            if (login is not null)
            {
                state.State.Logins.Add(login);
            }

            await SaveAsync();
            return View();
        }

        if (state.State.IdentityPoolId != identityPoolId)
        {
            return NotFound();
        }

        if (login is not null && !state.State.Logins.Contains(login))
        {
            state.State.Logins.Add(login);
            await SaveAsync();
        }

        return View();
    }

    public Task<Result<IdentityView>> DescribeAsync() => Task.FromResult(Exists ? Result<IdentityView>.Ok(View()) : NotFound());

    public async Task<Result<Unit>> UnlinkAsync(IReadOnlyList<VerifiedLogin> proof, IReadOnlyList<string> providers)
    {
        if (!Exists)
        {
            return NotFound();
        }

        if (!proof.Any(p => state.State.Logins.Contains(p.Link) || (p.Provider == IdentityKeys.CognitoIdentityProvider && p.Subject == Id)))
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "Logins don't match. Please include at least one valid login for this identity or identity pool.");
        }

        var removed = state.State.Logins.Where(l => providers.Contains(l.Provider, StringComparer.Ordinal)).ToList();
        foreach (var login in removed)
        {
            await GrainFactory.GetGrain<IIdentityLoginGrain>(IdentityKeys.Login(state.State.IdentityPoolId!, login)).ReleaseAsync(Id);
            state.State.Logins.Remove(login);
        }

        if (removed.Count > 0)
        {
            await SaveAsync();
        }

        return Unit.Value;
    }

    public async Task<Result<Unit>> DropLoginAsync(LinkedLogin login)
    {
        if (!Exists || !state.State.Logins.Contains(login))
        {
            return IdentityError.NotFound("The login is not linked to this identity.");
        }

        await GrainFactory.GetGrain<IIdentityLoginGrain>(IdentityKeys.Login(state.State.IdentityPoolId!, login)).ReleaseAsync(Id);
        state.State.Logins.Remove(login);
        await SaveAsync();
        return Unit.Value;
    }

    public async Task<Result<Unit>> MergeIntoAsync(string destinationIdentityId)
    {
        if (!Exists)
        {
            return NotFound();
        }

        if (destinationIdentityId == Id)
        {
            return Unit.Value;
        }

        var destination = GrainFactory.GetGrain<IIdentityGrain>(destinationIdentityId);
        foreach (var login in state.State.Logins.ToList())
        {
            // The login grain moves first: it is the authority, and a crash here leaves the login resolving to the destination.
            await GrainFactory.GetGrain<IIdentityLoginGrain>(IdentityKeys.Login(state.State.IdentityPoolId!, login)).ReassignAsync(destinationIdentityId);
            var added = await destination.AddLoginAsync(login);
            if (!added.IsSuccess)
            {
                return added.Error!;
            }

            state.State.Logins.Remove(login);
        }

        state.State.MergedInto = destinationIdentityId;
        await SaveAsync();
        return Unit.Value;
    }

    public async Task<Result<Unit>> AddLoginAsync(LinkedLogin login)
    {
        if (!Exists)
        {
            return NotFound();
        }

        if (!state.State.Logins.Contains(login))
        {
            state.State.Logins.Add(login);
            await SaveAsync();
        }

        return Unit.Value;
    }

    public async Task<Result<Unit>> DeleteAsync()
    {
        if (!Exists)
        {
            return NotFound();
        }

        var poolId = state.State.IdentityPoolId!;
        foreach (var login in state.State.Logins)
        {
            await GrainFactory.GetGrain<IIdentityLoginGrain>(IdentityKeys.Login(poolId, login)).ReleaseAsync(Id);
        }

        await GrainFactory.GetGrain<IIdentityDirectoryGrain>(IdentityKeys.DirectoryShard(poolId, Id)).RemoveAsync(Id);
        await state.ClearStateAsync();
        state.State = new IdentityState();
        return Unit.Value;
    }

    private IdentityView View() => new(Id, state.State.IdentityPoolId!, state.State.Logins.ToList(), state.State.CreatedAt, state.State.ModifiedAt);

    /// <summary>Writes the identity, then its directory row: a crash between leaves a row missing from ListIdentities, never a dangling one.</summary>
    private async Task SaveAsync()
    {
        state.State.ModifiedAt = time.GetUtcNow();
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IIdentityDirectoryGrain>(IdentityKeys.DirectoryShard(state.State.IdentityPoolId!, Id)).PutAsync(View());
    }

    private IdentityError NotFound() => IdentityError.NotFound($"Identity '{Id}' not found.");
}
