using System.Globalization;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Users;
using Cluster.Domain.Paging;

namespace Cluster.Protocol.CognitoIdp.AdminUsers;

/// <summary>
/// Pages through a pool's directory shards in shard order, then username order. Shards are asked in parallel
/// batches until the page is full, so a page costs a few calls however large the pool is.
/// </summary>
public sealed class UserDirectoryReader(IGrainFactory grains)
{
    private const int Batch = 32;

    public async Task<Result<(IReadOnlyList<UserView> Users, string? NextToken)>> ReadAsync(string poolId, string? filter, string? group, int limit, string? token)
    {
        var shard = 0;
        string? after = null;
        if (token is not null && !TryReadToken(token, out shard, out after))
        {
            return IdentityError.InvalidParameter("Invalid pagination token.");
        }

        var page = new List<(int Shard, UserView User)>();
        while (shard < UserKeys.DirectoryShards && page.Count <= limit)
        {
            var batch = Enumerable.Range(shard, Math.Min(Batch, UserKeys.DirectoryShards - shard)).ToList();
            var firstAfter = after;
            var results = await Task.WhenAll(batch.Select(s => grains.GetGrain<IUserDirectoryGrain>(UserKeys.Directory(poolId, s))
                .QueryAsync(new DirectoryQuery(filter, group, s == batch[0] ? firstAfter : null, limit + 1))));
            for (var i = 0; i < batch.Count; i++)
            {
                page.AddRange(results[i].Select(u => (batch[i], u)));
            }

            shard += batch.Count;
            after = null;
        }

        if (page.Count <= limit)
        {
            return (page.Select(p => p.User).ToList(), null);
        }

        var taken = page.Take(limit).ToList();
        var last = taken[^1];
        return (taken.Select(p => p.User).ToList(), PageToken.Encode($"{last.Shard.ToString(CultureInfo.InvariantCulture)}:{last.User.Username}"));
    }

    private static bool TryReadToken(string token, out int shard, out string? after)
    {
        shard = 0;
        after = null;
        if (!PageToken.TryDecode(token, out var text))
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !int.TryParse(text[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out shard) || shard >= UserKeys.DirectoryShards)
        {
            return false;
        }

        after = text[(colon + 1)..];
        return true;
    }
}
