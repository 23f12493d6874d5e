namespace Cluster.Domain.Breaches;

/// <summary>
/// Builds one binary fuse shard by hypergraph peeling: find a slot that only one key uses, set that key aside, repeat;
/// then assign fingerprints in reverse so every key's three slots XOR to its fingerprint.
/// </summary>
internal static class FuseShardBuilder
{
    // Each attempt fails with small probability; a thousand failures in a row means the input is not a set.
    private const int MaxAttempts = 1000;

    /// <param name="keys">Distinct keys.</param>
    /// <param name="seedState">Where this shard's seed sequence starts, so a rebuild gives the same bytes.</param>
    public static (FuseShardLayout Layout, byte[] Fingerprints) Build(ReadOnlySpan<ulong> keys, ulong seedState)
    {
        var shape = FuseShardLayout.ForSize((uint)keys.Length);
        if (keys.IsEmpty)
        {
            return (shape, []);
        }

        int capacity = checked((int)shape.ArrayLength);
        var slotCounts = new byte[capacity];
        var slotHashes = new ulong[capacity];
        var queue = new uint[capacity];
        var peeledHashes = new ulong[keys.Length];
        var peeledSlots = new byte[keys.Length];

        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var layout = shape with { Seed = FuseHashing.SplitMix64(ref seedState) };
            if (TryPeel(keys, layout, slotCounts, slotHashes, queue, peeledHashes, peeledSlots))
            {
                return (layout, Assign(layout, peeledHashes, peeledSlots, capacity));
            }

            Array.Clear(slotCounts);
            Array.Clear(slotHashes);
        }

        throw new InvalidOperationException(
            $"No binary fuse layout found for {keys.Length} keys after {MaxAttempts} seeds; are the keys distinct?");
    }

    // slotCounts holds, per slot, (number of keys << 2) | XOR of which of its three slots (0, 1, 2) this is for each key:
    // when one key is left, the low bits say which of that key's slots this is.
    private static bool TryPeel(
        ReadOnlySpan<ulong> keys, FuseShardLayout layout, byte[] slotCounts, ulong[] slotHashes, uint[] queue,
        ulong[] peeledHashes, byte[] peeledSlots)
    {
        foreach (ulong key in keys)
        {
            ulong hash = FuseHashing.Murmur64(key + layout.Seed);
            layout.Slots(hash, out uint h0, out uint h1, out uint h2);
            slotCounts[h0] += 4;
            slotHashes[h0] ^= hash;
            slotCounts[h1] += 4;
            slotCounts[h1] ^= 1;
            slotHashes[h1] ^= hash;
            slotCounts[h2] += 4;
            slotCounts[h2] ^= 2;
            slotHashes[h2] ^= hash;

            // Six bits count at most 63 keys in a slot; a wrap means this seed is hopeless.
            if (slotCounts[h0] < 4 || slotCounts[h1] < 4 || slotCounts[h2] < 4)
            {
                return false;
            }
        }

        int queued = 0;
        for (int i = 0; i < slotCounts.Length; i++)
        {
            queue[queued] = (uint)i;
            queued += (slotCounts[i] >> 2) == 1 ? 1 : 0;
        }

        int peeled = 0;
        while (queued > 0)
        {
            uint index = queue[--queued];
            if ((slotCounts[index] >> 2) != 1)
            {
                continue;
            }

            ulong hash = slotHashes[index];
            int found = slotCounts[index] & 3;
            peeledHashes[peeled] = hash;
            peeledSlots[peeled] = (byte)found;
            peeled++;

            layout.Slots(hash, out uint h0, out uint h1, out uint h2);
            for (int step = 1; step <= 2; step++)
            {
                int which = (found + step) % 3;
                uint other = which == 0 ? h0 : which == 1 ? h1 : h2;
                queue[queued] = other;
                queued += (slotCounts[other] >> 2) == 2 ? 1 : 0;
                slotCounts[other] -= 4;
                slotCounts[other] ^= (byte)which;
                slotHashes[other] ^= hash;
            }
        }

        return peeled == keys.Length;
    }

    private static byte[] Assign(FuseShardLayout layout, ulong[] peeledHashes, byte[] peeledSlots, int capacity)
    {
        var fingerprints = new byte[capacity];
        for (int i = peeledHashes.Length - 1; i >= 0; i--)
        {
            ulong hash = peeledHashes[i];
            layout.Slots(hash, out uint h0, out uint h1, out uint h2);
            int found = peeledSlots[i];
            uint own = found == 0 ? h0 : found == 1 ? h1 : h2;
            fingerprints[own] = (byte)(FuseHashing.Fingerprint(hash) ^ fingerprints[h0] ^ fingerprints[h1] ^ fingerprints[h2]);
        }

        return fingerprints;
    }
}
