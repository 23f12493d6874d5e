namespace Cluster.Abstractions.IdentityPools;

/// <summary>
/// One shard of a pool's identity list, keyed <c>{identityPoolId}/{shard}</c> (<see cref="IdentityKeys.DirectoryShards"/>
/// shards, by a hash of the identity id), so creating identities at scale is not one grain's queue.
/// </summary>
[Alias("Cluster.IIdentityDirectoryGrain")]
public interface IIdentityDirectoryGrain : IGrainWithStringKey
{
    [Alias("Put")]
    Task PutAsync(IdentityView identity);

    [Alias("Remove")]
    Task RemoveAsync(string identityId);

    /// <summary>Up to <paramref name="limit"/> identities with ids after <paramref name="after"/>, in id order.</summary>
    [Alias("List")]
    Task<IReadOnlyList<IdentityView>> ListAsync(string? after, int limit);
}
