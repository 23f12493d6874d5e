using System.Buffers.Binary;
using System.IO.Compression;
using Cluster.Domain.Breaches;

namespace Cluster.Domain.Tests.Breaches;

public sealed class BreachedPasswordFilterFileTests
{
    private static readonly ulong[] Keys = RandomKeys.Distinct(20_000, seed: 10);
    private static readonly ulong[] Strangers = RandomKeys.Distinct(20_000, seed: 11, exclude: Keys.ToHashSet());

    [Theory]
    [InlineData(20)]
    [InlineData(10)]
    public void SaveLoad_RoundTrip_SameCountAndAnswers(int maxShardKeysLog2)
    {
        using var built = BreachedPasswordFilter.Build(Keys, maxShardKeysLog2);
        var bytes = Save(built);

        using var loaded = BreachedPasswordFilter.Load(new MemoryStream(bytes));

        Assert.Equal(built.Count, loaded.Count);
        Assert.Equal(built.SizeInBytes, loaded.SizeInBytes);
        Assert.All(Keys, key => Assert.True(loaded.MightContainKey(key)));
        Assert.Equal(Strangers.Select(built.MightContainKey), Strangers.Select(loaded.MightContainKey));
        Assert.Equal(bytes, Save(loaded));
    }

    [Fact]
    public void SaveLoad_Empty_RoundTrips()
    {
        var bytes = Save(BreachedPasswordFilter.Build(Array.Empty<ulong>()));

        using var loaded = BreachedPasswordFilter.Load(new MemoryStream(bytes));

        Assert.Equal(0, loaded.Count);
        Assert.False(loaded.MightContainKey(42));
    }

    [Fact]
    public void OpenMapped_SavedFile_SameAnswersAndSavesSameBytes()
    {
        using var built = BreachedPasswordFilter.Build(Keys, maxShardKeysLog2: 10);
        var bytes = Save(built);
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes);

            using (var mapped = BreachedPasswordFilter.OpenMapped(path))
            {
                Assert.Equal(built.Count, mapped.Count);
                Assert.All(Keys, key => Assert.True(mapped.MightContainKey(key)));
                Assert.Equal(Strangers.Select(built.MightContainKey), Strangers.Select(mapped.MightContainKey));
                Assert.Equal(bytes, Save(mapped));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void OpenMapped_CorruptFile_Throws()
    {
        var bytes = Save(BreachedPasswordFilter.Build(Keys));
        bytes[bytes.Length / 2] ^= 0x10;
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes);

            var error = Assert.Throws<InvalidDataException>(() => BreachedPasswordFilter.OpenMapped(path));
            Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(39)]
    [InlineData(40)]
    [InlineData(64)]
    [InlineData(5_000)]
    [InlineData(-1)]
    public void Load_Truncated_ThrowsTruncated(int length)
    {
        var bytes = Save(BreachedPasswordFilter.Build(Keys));
        var cut = bytes[..(length < 0 ? bytes.Length + length : length)];

        var error = Assert.Throws<InvalidDataException>(() => BreachedPasswordFilter.Load(new MemoryStream(cut)));

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(5_000)]
    [InlineData(-1)]
    public void Load_TruncatedUnseekableStream_ThrowsTruncated(int length)
    {
        var bytes = Save(BreachedPasswordFilter.Build(Keys, maxShardKeysLog2: 10));
        var cut = bytes[..(length < 0 ? bytes.Length + length : length)];

        var error = Assert.Throws<InvalidDataException>(() => BreachedPasswordFilter.Load(Unseekable(cut)));

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FlippedFingerprintBit_ThrowsChecksum()
    {
        var bytes = Save(BreachedPasswordFilter.Build(Keys));
        bytes[^100] ^= 0x01;

        var error = Assert.Throws<InvalidDataException>(() => BreachedPasswordFilter.Load(new MemoryStream(bytes)));

        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongMagic_ThrowsMagic()
    {
        var bytes = Save(BreachedPasswordFilter.Build(Keys));
        bytes[0] = (byte)'X';

        var error = Assert.Throws<InvalidDataException>(() => BreachedPasswordFilter.Load(new MemoryStream(bytes)));

        Assert.Contains("magic", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TextFile_ThrowsMagic()
    {
        var text = "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:3861493\n"u8.ToArray();

        var error = Assert.Throws<InvalidDataException>(() => BreachedPasswordFilter.Load(new MemoryStream(text)));

        Assert.Contains("magic", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NewerVersion_ThrowsNamingVersion()
    {
        var bytes = Save(BreachedPasswordFilter.Build(Keys));
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), 2);

        var error = Assert.Throws<InvalidDataException>(() => BreachedPasswordFilter.Load(new MemoryStream(bytes)));

        Assert.Contains("version 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CountDisagreesWithShards_Throws()
    {
        var bytes = Save(BreachedPasswordFilter.Build(Keys));
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(16), (ulong)Keys.Length + 1);

        var error = Assert.Throws<InvalidDataException>(() => BreachedPasswordFilter.Load(new MemoryStream(bytes)));

        Assert.Contains("disagrees", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ImpossibleShardLayout_ThrowsBeforeAllocating()
    {
        var bytes = Save(BreachedPasswordFilter.Build(Keys));
        // The first shard's segment count, at header (40) + seed (8) + key count (4) + segment length (4).
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(56), uint.MaxValue);

        var error = Assert.Throws<InvalidDataException>(() => BreachedPasswordFilter.Load(new MemoryStream(bytes)));

        Assert.Contains("shard 0", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Save(BreachedPasswordFilter filter)
    {
        using var stream = new MemoryStream();
        filter.Save(stream);
        return stream.ToArray();
    }

    // A decompressing stream cannot seek, so the loader meets the truncation only when it reads past the end.
    private static GZipStream Unseekable(byte[] bytes)
    {
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        compressed.Position = 0;
        return new GZipStream(compressed, CompressionMode.Decompress);
    }
}
