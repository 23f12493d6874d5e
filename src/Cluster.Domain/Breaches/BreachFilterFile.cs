using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Cluster.Domain.Breaches;

/// <summary>
/// The filter file, little-endian: a 40-byte header (magic "BRCHPWDF", version, fingerprint bits, shard bits, key count,
/// partition seed, fingerprint bytes), 24 bytes a shard (seed, key count, segment length, segment count), every
/// shard's fingerprints in order, then a SHA-256 of all that precedes it.
/// </summary>
internal static class BreachFilterFile
{
    public const int Version = 1;
    public const int HeaderLength = 40;
    public const int ShardEntryLength = 24;
    public const int ChecksumLength = 32;

    // The writer uses at most KeyBuckets.BucketBits; the bound only keeps a damaged header from asking for a huge table.
    public const int MaxShardBits = 16;

    private const int FingerprintBits = 8;
    private const int CopyBufferLength = 1 << 16;

    private static ReadOnlySpan<byte> Magic => "BRCHPWDF"u8;

    public static long FingerprintOffset(int shardCount) => HeaderLength + ((long)shardCount * ShardEntryLength);

    public static void Write(Stream destination, BreachFilterHeader header, FingerprintStore store)
    {
        using var checksum = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new byte[HeaderLength];
        Magic.CopyTo(head);
        BinaryPrimitives.WriteUInt16LittleEndian(head.AsSpan(8), Version);
        head[10] = FingerprintBits;
        head[11] = (byte)header.ShardBits;
        BinaryPrimitives.WriteUInt64LittleEndian(head.AsSpan(16), (ulong)header.Count);
        BinaryPrimitives.WriteUInt64LittleEndian(head.AsSpan(24), header.PartitionSeed);
        BinaryPrimitives.WriteUInt64LittleEndian(head.AsSpan(32), (ulong)header.FingerprintBytes);
        Emit(destination, checksum, head);

        var entry = new byte[ShardEntryLength];
        foreach (var shard in header.Shards)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(entry, shard.Seed);
            BinaryPrimitives.WriteUInt32LittleEndian(entry.AsSpan(8), shard.KeyCount);
            BinaryPrimitives.WriteUInt32LittleEndian(entry.AsSpan(12), shard.SegmentLength);
            BinaryPrimitives.WriteUInt32LittleEndian(entry.AsSpan(16), shard.SegmentCount);
            Emit(destination, checksum, entry);
        }

        var buffer = new byte[CopyBufferLength];
        for (int s = 0; s < header.Shards.Length; s++)
        {
            long length = header.Shards[s].ArrayLength;
            for (long offset = 0; offset < length; offset += buffer.Length)
            {
                int count = (int)Math.Min(buffer.Length, length - offset);
                store.Copy(s, offset, buffer, count);
                Emit(destination, checksum, buffer.AsSpan(0, count));
            }
        }

        destination.Write(checksum.GetHashAndReset());
    }

    /// <summary>Reads and checks a whole filter file.</summary>
    /// <param name="keepFingerprints">False to only verify them, for a file that is then memory-mapped.</param>
    /// <exception cref="InvalidDataException">The stream is not a complete, intact filter file of a version this build reads.</exception>
    public static (BreachFilterHeader Header, byte[][]? Fingerprints) Read(Stream source, bool keepFingerprints)
    {
        try
        {
            return ReadChecked(source, keepFingerprints);
        }
        catch (EndOfStreamException)
        {
            throw Invalid("the file is truncated");
        }
    }

    private static (BreachFilterHeader Header, byte[][]? Fingerprints) ReadChecked(Stream source, bool keepFingerprints)
    {
        using var checksum = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new byte[HeaderLength];
        Take(source, checksum, head);
        if (!head.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw Invalid("it does not start with the magic \"BRCHPWDF\"");
        }

        int version = BinaryPrimitives.ReadUInt16LittleEndian(head.AsSpan(8));
        if (version != Version)
        {
            throw new InvalidDataException(
                $"Breached-password filter version {version} is not supported; this build reads version {Version}. Rebuild the filter with this build's BreachFilterBuilder.");
        }

        int shardBits = head[11];
        ulong count = BinaryPrimitives.ReadUInt64LittleEndian(head.AsSpan(16));
        ulong partitionSeed = BinaryPrimitives.ReadUInt64LittleEndian(head.AsSpan(24));
        ulong fingerprintBytes = BinaryPrimitives.ReadUInt64LittleEndian(head.AsSpan(32));
        if (head[10] != FingerprintBits || shardBits > MaxShardBits || BinaryPrimitives.ReadUInt32LittleEndian(head.AsSpan(12)) != 0
            || count > long.MaxValue)
        {
            throw Invalid("the header is damaged");
        }

        var shards = new FuseShardLayout[1 << shardBits];
        var entry = new byte[ShardEntryLength];
        long keys = 0;
        long bytes = 0;
        for (int s = 0; s < shards.Length; s++)
        {
            Take(source, checksum, entry);
            shards[s] = new FuseShardLayout(
                BinaryPrimitives.ReadUInt64LittleEndian(entry),
                BinaryPrimitives.ReadUInt32LittleEndian(entry.AsSpan(8)),
                BinaryPrimitives.ReadUInt32LittleEndian(entry.AsSpan(12)),
                BinaryPrimitives.ReadUInt32LittleEndian(entry.AsSpan(16)));
            string? problem = BinaryPrimitives.ReadUInt32LittleEndian(entry.AsSpan(20)) != 0 ? "reserved bytes set" : shards[s].Problem();
            if (problem is not null)
            {
                throw Invalid($"shard {s} has an impossible layout ({problem})");
            }

            keys += shards[s].KeyCount;
            bytes += shards[s].ArrayLength;
        }

        if ((ulong)keys != count || (ulong)bytes != fingerprintBytes)
        {
            throw Invalid("the shard table disagrees with the header");
        }

        // A seekable file too short for what its table promises is rejected before anything large is allocated.
        if (source.CanSeek && source.Length - source.Position < bytes + ChecksumLength)
        {
            throw Invalid("the file is truncated");
        }

        var fingerprints = keepFingerprints ? new byte[shards.Length][] : null;
        var buffer = new byte[keepFingerprints ? 0 : CopyBufferLength];
        for (int s = 0; s < shards.Length; s++)
        {
            if (fingerprints is not null)
            {
                fingerprints[s] = new byte[shards[s].ArrayLength];
                Take(source, checksum, fingerprints[s]);
                continue;
            }

            for (long left = shards[s].ArrayLength; left > 0; left -= buffer.Length)
            {
                Take(source, checksum, buffer.AsSpan(0, (int)Math.Min(buffer.Length, left)));
            }
        }

        Span<byte> stored = stackalloc byte[ChecksumLength];
        source.ReadExactly(stored);
        if (!stored.SequenceEqual(checksum.GetHashAndReset()))
        {
            throw Invalid("its SHA-256 checksum does not match (the file is corrupt)");
        }

        return (new BreachFilterHeader((long)count, partitionSeed, shardBits, shards), fingerprints);
    }

    private static void Emit(Stream destination, IncrementalHash checksum, ReadOnlySpan<byte> bytes)
    {
        destination.Write(bytes);
        checksum.AppendData(bytes);
    }

    private static void Take(Stream source, IncrementalHash checksum, Span<byte> bytes)
    {
        source.ReadExactly(bytes);
        checksum.AppendData(bytes);
    }

    private static InvalidDataException Invalid(string why) => new($"Not a valid breached-password filter: {why}.");
}
