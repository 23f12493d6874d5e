using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Users;
using Cluster.Domain.Hashing;
using Cluster.Domain.Users;

namespace Cluster.Grains.Users;

/// <summary>
/// One shard of a pool's user list: kept current by the user grains, read by ListUsers. Its rows are stored in
/// <see cref="Pages"/> pages (one storage record each, by a hash of the username), so a user's change rewrites a
/// sixteenth of the shard, not all of it: at a million users that is the difference between about 8 GB and
/// 130 GB written while they are created. Rows written before pages existed are moved into pages on activation.
/// </summary>
public sealed class UserDirectoryGrain : Grain, IUserDirectoryGrain
{
    public const int Pages = 16;

    private readonly IPersistentState<UserDirectoryState> unpaged;
    private readonly IPersistentState<UserDirectoryState>[] pages;

    public UserDirectoryGrain(
        [PersistentState("directory", StorageNames.Cluster)] IPersistentState<UserDirectoryState> unpaged,
        IPersistentStateFactory stateFactory,
        IGrainContext context)
    {
        this.unpaged = unpaged;
        pages = Enumerable.Range(0, Pages)
            .Select(i => stateFactory.Create<UserDirectoryState>(context, new PersistentStateAttribute($"directory-{i:D2}", StorageNames.Cluster)))
            .ToArray();
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (unpaged.State.Users.Count == 0)
        {
            return;
        }

        // Pages first, then the old record: a crash between leaves rows in both, and the pages win on reading.
        foreach (var (username, entry) in unpaged.State.Users)
        {
            PageOf(username).State.Users.TryAdd(username, entry);
        }

        foreach (var page in pages.Where(p => p.State.Users.Count > 0))
        {
            await page.WriteStateAsync(cancellationToken);
        }

        await unpaged.ClearStateAsync(cancellationToken);
    }

    public async Task UpsertAsync(DirectoryEntry entry)
    {
        var page = PageOf(entry.User.Username);
        page.State.Users[entry.User.Username] = entry;
        await page.WriteStateAsync();
    }

    public async Task UpsertManyAsync(IReadOnlyList<DirectoryEntry> entries)
    {
        var touched = new HashSet<IPersistentState<UserDirectoryState>>();
        foreach (var entry in entries)
        {
            var page = PageOf(entry.User.Username);
            page.State.Users[entry.User.Username] = entry;
            touched.Add(page);
        }

        foreach (var page in touched)
        {
            await page.WriteStateAsync();
        }
    }

    public async Task RemoveAsync(string username)
    {
        var page = PageOf(username);
        if (page.State.Users.Remove(username))
        {
            await page.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<UserView>> QueryAsync(DirectoryQuery query)
    {
        // The handler parsed the filter already; a shard only re-reads text it knows is well formed.
        var filter = UserFilterParser.Parse(query.Filter).Filter;
        IReadOnlyList<UserView> page = pages.SelectMany(p => p.State.Users.Values)
            .Where(e => query.AfterUsername is null || string.CompareOrdinal(e.User.Username, query.AfterUsername) > 0)
            .Where(e => query.Group is null || e.Groups.Contains(query.Group))
            .Where(e => filter is null || filter.Matches(name => ValueOf(e.User, name)))
            .OrderBy(e => e.User.Username, StringComparer.Ordinal)
            .Take(query.Limit)
            .Select(e => e.User)
            .ToList();
        return Task.FromResult(page);
    }

    private IPersistentState<UserDirectoryState> PageOf(string username) => pages[ShardHash.Fnv1a(username) % Pages];

    private static string? ValueOf(UserView user, string name) => name switch
    {
        UserAttributeNames.Username => user.Username,
        UserAttributeNames.Status => user.Enabled ? "Enabled" : "Disabled",
        UserAttributeNames.UserStatus => user.Status,
        _ => user.Attributes.FirstOrDefault(a => a.Name == name)?.Value,
    };
}
