using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Iam;
using Cluster.Domain.Iam;

namespace Cluster.Grains.Iam;

/// <summary>Every role of the account, for ListRoles; written by role grains only.</summary>
public sealed class RoleDirectoryGrain(
    [PersistentState("roles", StorageNames.Cluster)] IPersistentState<RoleDirectoryState> state) : Grain, IRoleDirectoryGrain
{
    /// <summary>IAM's default quota of roles per account.</summary>
    public const int MaxRoles = 1000;

    public async Task<Result<Unit>> AddAsync(RoleView role)
    {
        var key = IamKeys.Role(role.Name);
        if (state.State.Roles.Count >= MaxRoles && !state.State.Roles.ContainsKey(key))
        {
            return new IdentityError(IamErrorCodes.LimitExceeded, $"Cannot exceed quota for RolesPerAccount: {MaxRoles}");
        }

        var previous = state.State.Roles.GetValueOrDefault(key);
        state.State.Roles[key] = role;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            Restore(key, previous);
            throw;
        }

        return Unit.Value;
    }

    public async Task UpdateAsync(RoleView role)
    {
        var key = IamKeys.Role(role.Name);
        var previous = state.State.Roles.GetValueOrDefault(key);
        state.State.Roles[key] = role;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            Restore(key, previous);
            throw;
        }
    }

    public async Task RemoveAsync(string roleName)
    {
        var key = IamKeys.Role(roleName);
        if (state.State.Roles.Remove(key, out var previous))
        {
            try
            {
                await state.WriteStateAsync();
            }
            catch
            {
                Restore(key, previous);
                throw;
            }
        }
    }

    public Task<Result<IamPage<RoleView>>> ListAsync(string? pathPrefix, string? marker, int? maxItems)
    {
        var prefix = pathPrefix ?? "/";
        var rows = state.State.Roles.Where(r => r.Value.Path.StartsWith(prefix, StringComparison.Ordinal));
        var (page, next, violation) = IamPaging.Page(rows, r => r.Key, marker, maxItems);
        return Task.FromResult(violation is null
            ? Result<IamPage<RoleView>>.Ok(new IamPage<RoleView>([.. page.Select(r => r.Value)], next))
            : Result<IamPage<RoleView>>.Fail(IdentityError.From(violation)));
    }

    private void Restore(string key, RoleView? previous)
    {
        if (previous is null)
        {
            state.State.Roles.Remove(key);
        }
        else
        {
            state.State.Roles[key] = previous;
        }
    }
}
