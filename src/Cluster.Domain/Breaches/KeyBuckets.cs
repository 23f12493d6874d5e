namespace Cluster.Domain.Breaches;

/// <summary>
/// Keys gathered by bucket while the input streams past, in blocks, so the full corpus (about 900 million keys) costs
/// 8 bytes a key and never one huge array or a doubling copy.
/// </summary>
internal sealed class KeyBuckets
{
    public const int BucketBits = 10;

    private const int FirstBlockLength = 64;
    private const int MaxBlockLength = 8192;

    private readonly List<ulong[]>?[] blocks = new List<ulong[]>?[1 << BucketBits];
    private readonly int[] usedInLastBlock = new int[1 << BucketBits];
    private readonly long[] counts = new long[1 << BucketBits];

    public long Count { get; private set; }

    public void Add(int bucket, ulong key)
    {
        var list = blocks[bucket] ??= [];
        if (list.Count == 0 || usedInLastBlock[bucket] == list[^1].Length)
        {
            // Doubling blocks: small sets stay small, large ones waste at most one block a bucket.
            int length = list.Count == 0 ? FirstBlockLength : Math.Min(MaxBlockLength, list[^1].Length * 2);
            list.Add(new ulong[length]);
            usedInLastBlock[bucket] = 0;
        }

        list[^1][usedInLastBlock[bucket]++] = key;
        counts[bucket]++;
        Count++;
    }

    /// <summary>The keys of buckets [first, first + bucketCount), sorted and without duplicates; the buckets are emptied.</summary>
    public ulong[] TakeDistinct(int first, int bucketCount)
    {
        long total = 0;
        for (int b = first; b < first + bucketCount; b++)
        {
            total += counts[b];
        }

        var keys = new ulong[total];
        int at = 0;
        for (int b = first; b < first + bucketCount; b++)
        {
            var list = blocks[b];
            if (list is null)
            {
                continue;
            }

            for (int i = 0; i < list.Count; i++)
            {
                int used = i == list.Count - 1 ? usedInLastBlock[b] : list[i].Length;
                list[i].AsSpan(0, used).CopyTo(keys.AsSpan(at));
                at += used;
            }

            blocks[b] = null;
        }

        Array.Sort(keys);
        int distinct = keys.Length == 0 ? 0 : 1;
        for (int i = 1; i < keys.Length; i++)
        {
            if (keys[i] != keys[distinct - 1])
            {
                keys[distinct++] = keys[i];
            }
        }

        return distinct == keys.Length ? keys : keys[..distinct];
    }
}
