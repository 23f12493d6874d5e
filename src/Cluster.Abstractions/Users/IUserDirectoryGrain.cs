namespace Cluster.Abstractions.Users;

/// <summary>
/// One shard of a pool's user list, keyed <c>{poolId}/{shard}</c>. Users hash to a fixed shard by sub, so a
/// shard stays small enough for one storage row even with a million users in the pool.
/// </summary>
[Alias("Cluster.IUserDirectoryGrain")]
public interface IUserDirectoryGrain : IGrainWithStringKey
{
    [Alias("Upsert")]
    Task UpsertAsync(DirectoryEntry entry);

    /// <summary>Many entries in one write: for bulk imports and seeding, where one write per user would dominate.</summary>
    [Alias("UpsertMany")]
    Task UpsertManyAsync(IReadOnlyList<DirectoryEntry> entries);

    [Alias("Remove")]
    Task RemoveAsync(string username);

    /// <summary>Matching users sorted by username, after <see cref="DirectoryQuery.AfterUsername"/>, at most Limit.</summary>
    [Alias("Query")]
    Task<IReadOnlyList<UserView>> QueryAsync(DirectoryQuery query);
}
