using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Users;
using Cluster.Domain.Users;

namespace Cluster.Grains.Users;

/// <summary>One shard of a pool's user list: kept current by the user grains, read by ListUsers.</summary>
public sealed class UserDirectoryGrain(
    [PersistentState("directory", StorageNames.Cluster)] IPersistentState<UserDirectoryState> state) : Grain, IUserDirectoryGrain
{
    public async Task UpsertAsync(DirectoryEntry entry)
    {
        state.State.Users[entry.User.Username] = entry;
        await state.WriteStateAsync();
    }

    public async Task UpsertManyAsync(IReadOnlyList<DirectoryEntry> entries)
    {
        foreach (var entry in entries)
        {
            state.State.Users[entry.User.Username] = entry;
        }

        await state.WriteStateAsync();
    }

    public async Task RemoveAsync(string username)
    {
        if (state.State.Users.Remove(username))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<UserView>> QueryAsync(DirectoryQuery query)
    {
        // The handler parsed the filter already; a shard only re-reads text it knows is well formed.
        var filter = UserFilterParser.Parse(query.Filter).Filter;
        IReadOnlyList<UserView> page = state.State.Users.Values
            .Where(e => query.AfterUsername is null || string.CompareOrdinal(e.User.Username, query.AfterUsername) > 0)
            .Where(e => query.Group is null || e.Groups.Contains(query.Group))
            .Where(e => filter is null || filter.Matches(name => ValueOf(e.User, name)))
            .OrderBy(e => e.User.Username, StringComparer.Ordinal)
            .Take(query.Limit)
            .Select(e => e.User)
            .ToList();
        return Task.FromResult(page);
    }

    private static string? ValueOf(UserView user, string name) => name switch
    {
        UserAttributeNames.Username => user.Username,
        UserAttributeNames.Status => user.Enabled ? "Enabled" : "Disabled",
        UserAttributeNames.UserStatus => user.Status,
        _ => user.Attributes.FirstOrDefault(a => a.Name == name)?.Value,
    };
}
