namespace Cluster.Domain.Breaches;

/// <summary>One array per shard: shards stay far below the 2 GB array limit however large the corpus.</summary>
internal sealed class ArrayFingerprintStore(byte[][] shards) : FingerprintStore
{
    public override byte Read(int shard, uint index) => shards[shard][index];

    public override void Copy(int shard, long offset, byte[] buffer, int count) =>
        shards[shard].AsSpan((int)offset, count).CopyTo(buffer);
}
