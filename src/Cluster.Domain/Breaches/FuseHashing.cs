namespace Cluster.Domain.Breaches;

/// <summary>The mixing functions of the binary fuse filter reference implementation (Graf and Lemire, 2022).</summary>
internal static class FuseHashing
{
    /// <summary>MurmurHash3's 64-bit finalizer: a bijection, so distinct keys never share a hash.</summary>
    public static ulong Murmur64(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }

    public static ulong SplitMix64(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public static byte Fingerprint(ulong hash) => (byte)(hash ^ (hash >> 32));
}
