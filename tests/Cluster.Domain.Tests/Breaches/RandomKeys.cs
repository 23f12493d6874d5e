using System.Buffers.Binary;

namespace Cluster.Domain.Tests.Breaches;

/// <summary>Reproducible random 64-bit keys: a failing statistical test fails the same way every run.</summary>
internal static class RandomKeys
{
    public static ulong[] Distinct(int count, int seed, ISet<ulong>? exclude = null)
    {
        var random = new Random(seed);
        var seen = new HashSet<ulong>(count);
        var keys = new ulong[count];
        Span<byte> bytes = stackalloc byte[8];
        int at = 0;
        while (at < count)
        {
            random.NextBytes(bytes);
            ulong key = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
            if (seen.Add(key) && (exclude is null || !exclude.Contains(key)))
            {
                keys[at++] = key;
            }
        }

        return keys;
    }
}
