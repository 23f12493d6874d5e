using System.Security.Cryptography;
using System.Text;
using Cluster.Domain.Breaches;
using Xunit.Abstractions;

namespace Cluster.Domain.Tests.Breaches;

public sealed class BreachedPasswordFilterTests(ITestOutputHelper output)
{
    private const string PasswordSha1 = "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8";

    [Fact]
    public void HashPassword_Password_KnownSha1()
    {
        var digest = new byte[20];

        BreachedPasswordFilter.HashPassword("password", digest);

        Assert.Equal(PasswordSha1, Convert.ToHexString(digest));
        Assert.Equal(0x5BAA61E4C9B93F3FUL, BreachedPasswordFilter.KeyFromPassword("password"));
        Assert.Equal(0x5BAA61E4C9B93F3FUL, BreachedPasswordFilter.KeyFromSha1Hex(PasswordSha1.ToLowerInvariant()));
    }

    [Theory]
    [InlineData("pässword", "23B74494475F5F874980B7676D511E23D886DA64")]
    [InlineData("123456", "7C4A8D09CA3762AF61E59520943DC26494F8941B")]
    public void HashPassword_Utf8_KnownSha1(string password, string sha1)
    {
        var digest = new byte[20];

        BreachedPasswordFilter.HashPassword(password, digest);

        Assert.Equal(sha1, Convert.ToHexString(digest));
    }

    [Fact]
    public void HashPassword_LongerThanStackBuffer_KnownSha1()
    {
        var digest = new byte[20];

        BreachedPasswordFilter.HashPassword(new string('ä', 600), digest);

        Assert.Equal("9DD11D9ABE7098D8BF850B3C598B55A903977A61", Convert.ToHexString(digest));
    }

    [Fact]
    public void Build_Sha1Hex_FindsPasswordAndDigest()
    {
        using var filter = BreachedPasswordFilter.Build(new[] { PasswordSha1 });

        Assert.Equal(1, filter.Count);
        Assert.True(filter.MightContainPassword("password"));
        Assert.True(filter.MightContainSha1(Convert.FromHexString(PasswordSha1)));
    }

    [Theory]
    [InlineData("5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD")]
    [InlineData("5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:12")]
    [InlineData("XBAA61E4C9B93F3F0682250B6CF8331B7EE68FD8")]
    [InlineData("")]
    public void Build_MalformedSha1Hex_Throws(string sha1Hex)
    {
        Assert.Throws<FormatException>(() => BreachedPasswordFilter.Build(new[] { sha1Hex }));
    }

    [Fact]
    public void MightContainSha1_WrongLength_Throws()
    {
        using var filter = BreachedPasswordFilter.Build(Array.Empty<ulong>());

        Assert.Throws<ArgumentException>(() => filter.MightContainSha1(new byte[19]));
    }

    [Fact]
    public void Build_200000RandomKeys_FindsEveryKey()
    {
        var keys = RandomKeys.Distinct(200_000, seed: 1);

        using var filter = BreachedPasswordFilter.Build(keys);

        Assert.Equal(keys.Length, filter.Count);
        Assert.All(keys, key => Assert.True(filter.MightContainKey(key)));
    }

    [Fact]
    public void Build_200000RandomKeys_FalsePositivesBelowOnePercent()
    {
        var keys = RandomKeys.Distinct(200_000, seed: 2);
        using var filter = BreachedPasswordFilter.Build(keys);
        var strangers = RandomKeys.Distinct(1_000_000, seed: 3, exclude: keys.ToHashSet());

        int falsePositives = strangers.Count(filter.MightContainKey);

        // 8-bit fingerprints: 1/256, about 0.39%. The lower bound proves non-members are really being rejected by fingerprint.
        double rate = falsePositives / (double)strangers.Length;
        output.WriteLine($"{falsePositives} false positives in {strangers.Length} ({rate:P3}); {filter.SizeInBytes * 8.0 / filter.Count:F2} bits a key");
        Assert.InRange(rate, 0.001, 0.01);
        Assert.InRange(filter.SizeInBytes * 8.0 / filter.Count, 8.5, 10.0);
    }

    [Fact]
    public void Build_ManyShards_FindsEveryKeyAndRejectsMost()
    {
        var keys = RandomKeys.Distinct(50_000, seed: 4);
        var strangers = RandomKeys.Distinct(100_000, seed: 5, exclude: keys.ToHashSet());

        using var filter = BreachedPasswordFilter.Build(keys, maxShardKeysLog2: 12);

        Assert.Equal(keys.Length, filter.Count);
        Assert.All(keys, key => Assert.True(filter.MightContainKey(key)));
        Assert.InRange(strangers.Count(filter.MightContainKey) / (double)strangers.Length, 0.001, 0.01);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(100)]
    [InlineData(1_000)]
    [InlineData(10_000)]
    public void Build_SmallSets_FindsEveryKey(int count)
    {
        var keys = RandomKeys.Distinct(count, seed: count);

        using var filter = BreachedPasswordFilter.Build(keys);

        Assert.All(keys, key => Assert.True(filter.MightContainKey(key)));
    }

    [Fact]
    public void Build_SequentialKeys_FindsEveryKey()
    {
        // Keys that are not random still spread over shards, because the partition mixes them first.
        var keys = Enumerable.Range(0, 20_000).Select(i => (ulong)i).ToArray();

        using var filter = BreachedPasswordFilter.Build(keys, maxShardKeysLog2: 10);

        Assert.All(keys, key => Assert.True(filter.MightContainKey(key)));
    }

    [Fact]
    public void Build_Duplicates_CountsDistinctKeys()
    {
        using var filter = BreachedPasswordFilter.Build(new ulong[] { 7, 7, 8, 7, 9, 8 });

        Assert.Equal(3, filter.Count);
        Assert.True(filter.MightContainKey(7));
        Assert.True(filter.MightContainKey(8));
        Assert.True(filter.MightContainKey(9));
    }

    [Fact]
    public void Build_Empty_ContainsNothing()
    {
        using var filter = BreachedPasswordFilter.Build(Array.Empty<ulong>());

        Assert.Equal(0, filter.Count);
        Assert.False(filter.MightContainPassword("password"));
    }

    [Fact]
    public void Build_SameKeys_SameBytes()
    {
        var keys = RandomKeys.Distinct(30_000, seed: 6);

        Assert.Equal(SaveToBytes(BreachedPasswordFilter.Build(keys)), SaveToBytes(BreachedPasswordFilter.Build(keys.Reverse())));
    }

    [Fact]
    public void MightContainPassword_Null_Throws()
    {
        using var filter = BreachedPasswordFilter.Build(Array.Empty<ulong>());

        Assert.Throws<ArgumentNullException>(() => filter.MightContainPassword(null!));
    }

    [Fact]
    public void MightContainPassword_BuiltFromPasswords_FindsThem()
    {
        string[] passwords = ["correct horse", "Tr0ub4dor&3", "日本語のパスワード"];

        using var filter = BreachedPasswordFilter.Build(passwords.Select(BreachedPasswordFilter.KeyFromPassword));

        Assert.All(passwords, p => Assert.True(filter.MightContainPassword(p)));
        // The corpus' own key format, not a protection.
#pragma warning disable CA5350
        Assert.All(passwords, p => Assert.True(filter.MightContainSha1(SHA1.HashData(Encoding.UTF8.GetBytes(p)))));
#pragma warning restore CA5350
    }

    private static byte[] SaveToBytes(BreachedPasswordFilter filter)
    {
        using var stream = new MemoryStream();
        filter.Save(stream);
        return stream.ToArray();
    }
}
