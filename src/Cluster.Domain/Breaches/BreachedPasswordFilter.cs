using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO.MemoryMappedFiles;
using System.Security.Cryptography;
using System.Text;

namespace Cluster.Domain.Breaches;

/// <summary>
/// A compact probabilistic set of breached passwords, keyed by SHA-1 as the Pwned Passwords corpus is: a sharded 3-wise
/// binary fuse filter with 8-bit fingerprints (about 9 bits a password, about 0.4% false positives, no false negatives).
/// A "no" is certain; a "yes" means the password is breached or, rarely, shares a fingerprint with one that is.
/// </summary>
/// <remarks>
/// A key is the first 8 bytes of the SHA-1 of the password's UTF-8, read big-endian. Lookups are thread-safe.
/// Dispose matters only for a filter from <see cref="OpenMapped"/>.
/// </remarks>
public sealed class BreachedPasswordFilter : IDisposable
{
    /// <summary>About a million keys a shard keeps each shard's build in cache and its arrays small.</summary>
    internal const int DefaultMaxShardKeysLog2 = 20;

    private const string DefaultResourceName = "Cluster.Domain.Breaches.Data.common-passwords.breachfilter";

    // Fixed seeds: building the same keys twice gives the same bytes, so the embedded default can be rebuilt and compared.
    private const ulong PartitionSeed = 0x5EED_B4EA_C4ED_F117UL;
    private const ulong ShardSeedBase = 0x726B_2B9D_438B_9D4DUL;

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789ABCDEFabcdef");
    private static readonly Lazy<BreachedPasswordFilter> LazyDefault = new(LoadDefault);

    private readonly BreachFilterHeader header;
    private readonly FingerprintStore store;

    private BreachedPasswordFilter(BreachFilterHeader header, FingerprintStore store)
    {
        this.header = header;
        this.store = store;
    }

    /// <summary>
    /// The filter shipped in this assembly: the 49,233 common passwords of @zxcvbn-ts/language-common 4.1.3 (MIT),
    /// loaded on first use. See docs/compromised-passwords.md; a full Pwned Passwords filter is built by the operator.
    /// </summary>
    public static BreachedPasswordFilter Default => LazyDefault.Value;

    /// <summary>Distinct keys in the filter.</summary>
    public long Count => header.Count;

    /// <summary>Bytes of fingerprints (the file is this plus 72 bytes and 24 a shard).</summary>
    public long SizeInBytes => header.FingerprintBytes;

    /// <summary>Builds a filter over 64-bit keys (see <see cref="KeyFromSha1(ReadOnlySpan{byte})"/>); duplicates are fine.</summary>
    /// <remarks>Holds 8 bytes a key while building: about 7.5 GB for the full Pwned Passwords corpus.</remarks>
    public static BreachedPasswordFilter Build(IEnumerable<ulong> keys) => Build(keys, DefaultMaxShardKeysLog2);

    /// <summary>Builds a filter over SHA-1 hashes written as 40 hex digits (either case), as Pwned Passwords lists them.</summary>
    /// <exception cref="FormatException">A string is not 40 hex digits.</exception>
    public static BreachedPasswordFilter Build(IEnumerable<string> sha1Hex)
    {
        ArgumentNullException.ThrowIfNull(sha1Hex);
        return Build(sha1Hex.Select(KeyFromSha1Hex));
    }

    internal static BreachedPasswordFilter Build(IEnumerable<ulong> keys, int maxShardKeysLog2)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var buckets = new KeyBuckets();
        foreach (ulong key in keys)
        {
            buckets.Add((int)(PartitionHash(key, PartitionSeed) >> (64 - KeyBuckets.BucketBits)), key);
        }

        int shardBits = 0;
        while (shardBits < KeyBuckets.BucketBits && (buckets.Count >> shardBits) > (1L << maxShardKeysLog2))
        {
            shardBits++;
        }

        int bucketsPerShard = 1 << (KeyBuckets.BucketBits - shardBits);
        var layouts = new FuseShardLayout[1 << shardBits];
        var fingerprints = new byte[layouts.Length][];
        Parallel.For(0, layouts.Length, s =>
        {
            var distinct = buckets.TakeDistinct(s * bucketsPerShard, bucketsPerShard);
            (layouts[s], fingerprints[s]) = FuseShardBuilder.Build(distinct, ShardSeedBase + ((ulong)s << 32));
        });

        long count = layouts.Sum(l => (long)l.KeyCount);
        return new BreachedPasswordFilter(
            new BreachFilterHeader(count, PartitionSeed, shardBits, layouts), new ArrayFingerprintStore(fingerprints));
    }

    /// <summary>Reads a filter written by <see cref="Save"/> into memory, checking its header and checksum.</summary>
    /// <exception cref="InvalidDataException">The stream is truncated, corrupt or not a filter of a version this build reads.</exception>
    public static BreachedPasswordFilter Load(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var (header, fingerprints) = BreachFilterFile.Read(source, keepFingerprints: true);
        return new BreachedPasswordFilter(header, new ArrayFingerprintStore(fingerprints!));
    }

    /// <summary>
    /// Maps a filter file instead of reading it into the heap: the file is read once to check it, then lookups page in
    /// what they touch. The file must not change while mapped; replace it by renaming a new one over it.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is truncated, corrupt or not a filter of a version this build reads.</exception>
    public static BreachedPasswordFilter OpenMapped(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        BreachFilterHeader header;
        using (var check = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            header = BreachFilterFile.Read(check, keepFingerprints: false).Header;
        }

        var offsets = new long[header.Shards.Length];
        long offset = BreachFilterFile.FingerprintOffset(header.Shards.Length);
        for (int s = 0; s < offsets.Length; s++)
        {
            offsets[s] = offset;
            offset += header.Shards[s].ArrayLength;
        }

        var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        try
        {
            var view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            return new BreachedPasswordFilter(header, new MappedFingerprintStore(file, view, offsets));
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Writes the filter in the format <see cref="Load"/> and <see cref="OpenMapped"/> read.</summary>
    public void Save(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        BreachFilterFile.Write(destination, header, store);
    }

    /// <summary>True when the password is probably breached (SHA-1 of its UTF-8); false when it certainly is not in the set.</summary>
    public bool MightContainPassword(string password) => MightContainKey(KeyFromPassword(password));

    /// <summary>True when the 20-byte SHA-1 digest is probably in the set.</summary>
    public bool MightContainSha1(ReadOnlySpan<byte> sha1) => MightContainKey(KeyFromSha1(sha1));

    /// <summary>True when the 64-bit key (see <see cref="KeyFromSha1(ReadOnlySpan{byte})"/>) is probably in the set.</summary>
    public bool MightContainKey(ulong key)
    {
        int shard = header.ShardBits == 0 ? 0 : (int)(PartitionHash(key, header.PartitionSeed) >> (64 - header.ShardBits));
        var layout = header.Shards[shard];
        if (layout.KeyCount == 0)
        {
            return false;
        }

        ulong hash = FuseHashing.Murmur64(key + layout.Seed);
        layout.Slots(hash, out uint h0, out uint h1, out uint h2);
        int residue = FuseHashing.Fingerprint(hash) ^ store.Read(shard, h0) ^ store.Read(shard, h1) ^ store.Read(shard, h2);
        return residue == 0;
    }

    /// <summary>The filter key of a 20-byte SHA-1 digest: its first 8 bytes, big-endian.</summary>
    public static ulong KeyFromSha1(ReadOnlySpan<byte> sha1)
    {
        if (sha1.Length != SHA1.HashSizeInBytes)
        {
            throw new ArgumentException($"A SHA-1 digest is {SHA1.HashSizeInBytes} bytes, not {sha1.Length}.", nameof(sha1));
        }

        return BinaryPrimitives.ReadUInt64BigEndian(sha1);
    }

    /// <summary>The filter key of a SHA-1 written as 40 hex digits, either case.</summary>
    /// <exception cref="FormatException">The text is not 40 hex digits.</exception>
    public static ulong KeyFromSha1Hex(string sha1Hex)
    {
        ArgumentNullException.ThrowIfNull(sha1Hex);
        if (sha1Hex.Length != SHA1.HashSizeInBytes * 2 || sha1Hex.AsSpan().ContainsAnyExcept(HexDigits))
        {
            throw new FormatException($"Expected a SHA-1 as 40 hex digits, got {sha1Hex.Length} characters that are not.");
        }

        return ulong.Parse(sha1Hex.AsSpan(0, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }

    /// <summary>The filter key of a password: SHA-1 of its UTF-8, as Pwned Passwords hashes them.</summary>
    public static ulong KeyFromPassword(string password)
    {
        Span<byte> digest = stackalloc byte[SHA1.HashSizeInBytes];
        HashPassword(password, digest);
        return BinaryPrimitives.ReadUInt64BigEndian(digest);
    }

    public void Dispose() => store.Dispose();

    internal static void HashPassword(string password, Span<byte> digest)
    {
        ArgumentNullException.ThrowIfNull(password);
        int maxBytes = Encoding.UTF8.GetMaxByteCount(password.Length);
        byte[]? rented = maxBytes > 1024 ? ArrayPool<byte>.Shared.Rent(maxBytes) : null;
        Span<byte> utf8 = rented is null ? stackalloc byte[1024] : rented;
        int length = Encoding.UTF8.GetBytes(password, utf8);
        try
        {
            // SHA-1 here is the corpus' lookup key, not a protection: the password hash at rest is Argon2id.
#pragma warning disable CA5350
            SHA1.HashData(utf8[..length], digest);
#pragma warning restore CA5350
        }
        finally
        {
            CryptographicOperations.ZeroMemory(utf8[..length]);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    // The same mix decides a key's bucket while building and its shard when looking up.
    private static ulong PartitionHash(ulong key, ulong seed) => FuseHashing.Murmur64(key ^ seed);

    private static BreachedPasswordFilter LoadDefault()
    {
        var assembly = typeof(BreachedPasswordFilter).Assembly;
        using var stream = assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {DefaultResourceName} is missing from {assembly.GetName().Name}.");
        return Load(stream);
    }
}
