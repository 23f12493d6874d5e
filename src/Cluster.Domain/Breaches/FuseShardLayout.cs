namespace Cluster.Domain.Breaches;

/// <summary>
/// The shape of one 3-wise binary fuse filter with 8-bit fingerprints: the array is <see cref="SegmentCount"/> + 2
/// segments of <see cref="SegmentLength"/> slots, and each key's three slots fall in three consecutive segments.
/// </summary>
internal readonly record struct FuseShardLayout(ulong Seed, uint KeyCount, uint SegmentLength, uint SegmentCount)
{
    public const uint MaxSegmentLength = 1u << 18;

    private const int Arity = 3;

    public long ArrayLength => KeyCount == 0 ? 0 : ((long)SegmentCount + Arity - 1) * SegmentLength;

    /// <summary>The reference implementation's sizing for <paramref name="keyCount"/> keys; the seed is left 0.</summary>
    public static FuseShardLayout ForSize(uint keyCount)
    {
        if (keyCount == 0)
        {
            return default;
        }

        // Longer segments peel better on large sets; small sets need more than 1.125 slots a key to peel at all.
        double n = keyCount;
        int segmentBits = (int)Math.Floor((Math.Log(n) / Math.Log(3.33)) + 2.25);
        uint segmentLength = (uint)Math.Min(MaxSegmentLength, 1L << segmentBits);
        double sizeFactor = keyCount <= 1 ? 0 : Math.Max(1.125, 0.875 + (0.25 * Math.Log(1_000_000) / Math.Log(n)));
        long capacity = (long)Math.Round(n * sizeFactor);
        long totalSegments = Math.Max(Arity, (capacity + segmentLength - 1) / segmentLength);
        return new FuseShardLayout(0, keyCount, segmentLength, (uint)(totalSegments - (Arity - 1)));
    }

    /// <summary>Why a layout read from a file cannot be right, or null when it is plausible.</summary>
    public string? Problem()
    {
        if (KeyCount == 0)
        {
            return SegmentLength == 0 && SegmentCount == 0 ? null : "an empty shard with segments";
        }

        if (SegmentLength < 4 || SegmentLength > MaxSegmentLength || !uint.IsPow2(SegmentLength))
        {
            return $"segment length {SegmentLength}";
        }

        // ForSize never asks for more than about 6 slots a key; anything bigger is a damaged header, not a filter.
        if (SegmentCount == 0 || ArrayLength > (8L * KeyCount) + 64)
        {
            return $"{SegmentCount} segments for {KeyCount} keys";
        }

        return null;
    }

    /// <summary>The three slots of a hashed key: one in each of three consecutive segments.</summary>
    public void Slots(ulong hash, out uint h0, out uint h1, out uint h2)
    {
        uint mask = SegmentLength - 1;
        h0 = (uint)Math.BigMul(hash, (ulong)SegmentCount * SegmentLength, out _);
        h1 = (h0 + SegmentLength) ^ ((uint)(hash >> 18) & mask);
        h2 = (h0 + (2 * SegmentLength)) ^ ((uint)hash & mask);
    }
}
