using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.IdentityPools;
using Cluster.Domain.Hashing;

namespace Cluster.Grains.IdentityPools;

/// <summary>
/// One shard of a pool's identities, for ListIdentities. Rows are stored in <see cref="Pages"/> pages (one storage
/// record each, by a hash of the identity id), so an identity's change rewrites a sixteenth of the shard: the
/// user directory's layout, for the same reason (a million rows would otherwise rewrite megabytes a change).
/// </summary>
public sealed class IdentityDirectoryGrain : Grain, IIdentityDirectoryGrain
{
    public const int Pages = 16;

    private readonly IPersistentState<IdentityDirectoryState>[] pages;

    public IdentityDirectoryGrain(IPersistentStateFactory stateFactory, IGrainContext context) =>
        pages = Enumerable.Range(0, Pages)
            .Select(i => stateFactory.Create<IdentityDirectoryState>(context, new PersistentStateAttribute($"identity-directory-{i:D2}", StorageNames.Cluster)))
            .ToArray();

    public async Task PutAsync(IdentityView identity)
    {
        var page = PageOf(identity.IdentityId);
        page.State.Identities[identity.IdentityId] = identity;
        await page.WriteStateAsync();
    }

    public async Task RemoveAsync(string identityId)
    {
        var page = PageOf(identityId);
        if (page.State.Identities.Remove(identityId))
        {
            await page.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<IdentityView>> ListAsync(string? after, int limit) =>
        Task.FromResult<IReadOnlyList<IdentityView>>(pages
            .SelectMany(p => p.State.Identities.Values)
            .Where(i => after is null || string.CompareOrdinal(i.IdentityId, after) > 0)
            .OrderBy(i => i.IdentityId, StringComparer.Ordinal)
            .Take(limit)
            .ToList());

    private IPersistentState<IdentityDirectoryState> PageOf(string identityId) => pages[ShardHash.Fnv1a(identityId) % Pages];
}
