using System.IO.MemoryMappedFiles;

namespace Cluster.Domain.Breaches;

/// <summary>
/// Fingerprints read straight from a memory-mapped filter file: a 1 GB corpus filter costs page cache, shared by every
/// process that maps it, instead of managed heap.
/// </summary>
internal sealed class MappedFingerprintStore(MemoryMappedFile file, MemoryMappedViewAccessor view, long[] shardOffsets)
    : FingerprintStore
{
    public override byte Read(int shard, uint index) => view.ReadByte(shardOffsets[shard] + index);

    public override void Copy(int shard, long offset, byte[] buffer, int count) =>
        view.ReadArray(shardOffsets[shard] + offset, buffer, 0, count);

    public override void Dispose()
    {
        view.Dispose();
        file.Dispose();
        base.Dispose();
    }
}
