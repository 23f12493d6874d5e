namespace Cluster.Domain.Hashing;

/// <summary>FNV-1a over UTF-16 code units: stable across processes and versions, unlike string.GetHashCode, so it can place keys in shards.</summary>
public static class ShardHash
{
    public static uint Fnv1a(string value)
    {
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
