using Cluster.Abstractions.Errors;
using Cluster.Abstractions.UserPools;
using Cluster.Domain.Errors;
using Cluster.Domain.Paging;

namespace Cluster.Grains.UserPools;

/// <summary>Groups of the pool; membership lives on each user, so a group change never touches users.</summary>
public sealed partial class UserPoolGrain
{
    /// <summary>Cognito's default quota of groups per pool.</summary>
    public const int MaxGroups = 10000;

    public async Task<Result<GroupSettings>> CreateGroupAsync(GroupSettings group)
    {
        if (!Exists)
        {
            return PoolNotFound();
        }

        if (state.State.Groups.ContainsKey(group.GroupName))
        {
            return new IdentityError(ErrorCodes.GroupExists, "A group with the name already exists.");
        }

        if (state.State.Groups.Count >= MaxGroups)
        {
            return new IdentityError(ErrorCodes.LimitExceeded, $"The maximum number of groups ({MaxGroups}) has been reached for this user pool.");
        }

        var now = time.GetUtcNow();
        var created = group with { CreationDate = now, LastModifiedDate = now };
        state.State.Groups[group.GroupName] = created;
        await CommitAsync();
        return created;
    }

    public Task<Result<GroupSettings>> GetGroupAsync(string groupName) =>
        Task.FromResult(FindGroup(groupName, out var group, out var error) ? group! : Result<GroupSettings>.Fail(error!));

    public async Task<Result<GroupSettings>> UpdateGroupAsync(string groupName, string? description, string? roleArn, int? precedence)
    {
        if (!FindGroup(groupName, out var group, out var error))
        {
            return error!;
        }

        // Cognito's UpdateGroup changes only the members it is given.
        var updated = group! with
        {
            Description = description ?? group.Description,
            RoleArn = roleArn ?? group.RoleArn,
            Precedence = precedence ?? group.Precedence,
            LastModifiedDate = time.GetUtcNow(),
        };
        state.State.Groups[groupName] = updated;
        await CommitAsync();
        return updated;
    }

    public async Task<Result<Unit>> DeleteGroupAsync(string groupName)
    {
        if (!FindGroup(groupName, out _, out var error))
        {
            return error!;
        }

        state.State.Groups.Remove(groupName);
        await CommitAsync();
        return Unit.Value;
    }

    public Task<Result<GroupPage>> ListGroupsAsync(int limit, string? nextToken)
    {
        if (!Exists)
        {
            return Task.FromResult(Result<GroupPage>.Fail(PoolNotFound()));
        }

        var after = string.Empty;
        if (nextToken is not null && !PageToken.TryDecode(nextToken, out after))
        {
            return Task.FromResult(Result<GroupPage>.Fail(IdentityError.InvalidParameter("Invalid pagination token.")));
        }

        var page = state.State.Groups.Values
            .Where(g => string.CompareOrdinal(g.GroupName, after) > 0)
            .OrderBy(g => g.GroupName, StringComparer.Ordinal)
            .Take(limit + 1)
            .ToList();
        var more = page.Count > limit;
        if (more)
        {
            page.RemoveAt(limit);
        }

        return Task.FromResult(Result<GroupPage>.Ok(new GroupPage(page, more ? PageToken.Encode(page[^1].GroupName) : null)));
    }

    private bool FindGroup(string groupName, out GroupSettings? group, out IdentityError? error)
    {
        group = null;
        if (!Exists)
        {
            error = PoolNotFound();
            return false;
        }

        if (!state.State.Groups.TryGetValue(groupName, out group))
        {
            error = IdentityError.NotFound("Group not found.");
            return false;
        }

        error = null;
        return true;
    }
}
