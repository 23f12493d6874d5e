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

    public static int ShardOf(string sub)
    {
        // FNV-1a: stable across processes and versions, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in sub)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % DirectoryShards);
    }

    public static string Directory(string poolId, int shard) => $"{poolId}/{shard}";
}
