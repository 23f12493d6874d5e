namespace Cluster.Domain.Breaches;

/// <summary>Where a filter's fingerprint bytes live: managed arrays, or a memory-mapped file the OS pages in.</summary>
internal abstract class FingerprintStore : IDisposable
{
    public abstract byte Read(int shard, uint index);

    /// <summary>Copies <paramref name="count"/> bytes of a shard starting at <paramref name="offset"/> into the buffer.</summary>
    public abstract void Copy(int shard, long offset, byte[] buffer, int count);

    public virtual void Dispose()
    {
    }
}
