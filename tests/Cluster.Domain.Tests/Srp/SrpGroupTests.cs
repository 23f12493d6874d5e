using System.Numerics;
using Cluster.Domain.Srp;
using Kat = Cluster.Domain.Tests.Srp.SrpKnownAnswers;

namespace Cluster.Domain.Tests.Srp;

public sealed class SrpGroupTests
{
    [Fact]
    public void N_IsRfc5054Group3072()
    {
        Assert.Equal(3072, SrpGroup.N.GetBitLength());
        Assert.Equal(SrpGroup.NHexLength, SrpGroup.ToHex(SrpGroup.N).Length);
        Assert.StartsWith("ffffffffffffffffc90fdaa22168c234", SrpGroup.ToHex(SrpGroup.N), StringComparison.Ordinal);
        Assert.EndsWith("a93ad2caffffffffffffffff", SrpGroup.ToHex(SrpGroup.N), StringComparison.Ordinal);
        Assert.Equal(2, (int)SrpGroup.G);
    }

    [Fact]
    public void K_MatchesNpmClient()
    {
        Assert.Equal(Kat.K, SrpGroup.ToHex(SrpGroup.K));
    }

    [Theory]
    [MemberData(nameof(Kat.PadHex), MemberType = typeof(Kat))]
    public void PadHex_MatchesNpmClient(long value, string expected)
    {
        Assert.Equal(expected, SrpGroup.PadHex(value));
        Assert.Equal(expected, Convert.ToHexStringLower(SrpGroup.PadBytes(value)));
    }

    [Fact]
    public void PadHex_N_GetsLeadingZeroByte()
    {
        Assert.Equal("00" + SrpGroup.ToHex(SrpGroup.N), SrpGroup.PadHex(SrpGroup.N));
    }

    [Theory]
    [InlineData("f", 15)]
    [InlineData("F", 15)]
    [InlineData("0f", 15)]
    [InlineData("00ff", 255)]
    [InlineData("abc", 0xabc)]
    [InlineData("8000", 0x8000)]
    public void TryParseHex_UnsignedAnyLengthOrCase(string hex, long expected)
    {
        Assert.True(SrpGroup.TryParseHex(hex, out var value));
        Assert.Equal(new BigInteger(expected), value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("0x1f")]
    [InlineData("12 34")]
    [InlineData("g0")]
    public void TryParseHex_NotHex_False(string? hex)
    {
        Assert.False(SrpGroup.TryParseHex(hex, out _));
        Assert.Throws<FormatException>(() => SrpGroup.ParseHex(hex!));
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(15, "f")]
    [InlineData(0x8000, "8000")]
    [InlineData(0xabc, "abc")]
    public void ToHex_LikeJavaScriptToString16(long value, string expected)
    {
        Assert.Equal(expected, SrpGroup.ToHex(value));
    }
}
