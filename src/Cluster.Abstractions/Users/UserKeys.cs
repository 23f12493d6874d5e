using Cluster.Domain.Hashing;

namespace Cluster.Abstractions.Users;

/// <summary>How user and directory grain keys are built from a pool id and a sub.</summary>
public static class UserKeys
{
    /// <summary>Fixed per deployment: changing it would strand users in their old shards.</summary>
    public const int DirectoryShards = 1024;

    public static string User(string poolId, string sub) => $"{poolId}/{sub}";

    public static (string PoolId, string Sub) Split(string userKey)
    {
        var slash = userKey.IndexOf('/', StringComparison.Ordinal);
        return (userKey[..slash], userKey[(slash + 1)..]);
    }

    public static int ShardOf(string sub) => (int)(ShardHash.Fnv1a(sub) % DirectoryShards);

    public static string Directory(string poolId, int shard) => $"{poolId}/{shard}";
}
