namespace Cluster.Domain.Breaches;

/// <summary>Everything in a filter file but the fingerprints themselves.</summary>
internal sealed record BreachFilterHeader(long Count, ulong PartitionSeed, int ShardBits, FuseShardLayout[] Shards)
{
    public long FingerprintBytes => Shards.Sum(s => s.ArrayLength);
}
