using System.Globalization;
using Cluster.Domain.Srp;
using Kat = Cluster.Domain.Tests.Srp.SrpKnownAnswers;

namespace Cluster.Domain.Tests.Srp;

public sealed class SrpTimestampTests
{
    [Theory]
    [MemberData(nameof(Kat.Timestamps), MemberType = typeof(Kat))]
    public void FormatTimestamp_MatchesNpmDateHelper(string iso, string expected)
    {
        var time = DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

        Assert.Equal(expected, SrpServerSession.FormatTimestamp(time));
    }

    [Fact]
    public void FormatTimestamp_OneDigitDay_NotPadded()
    {
        Assert.Equal("Tue Sep 4 03:07:05 UTC 2018", SrpServerSession.FormatTimestamp(new DateTimeOffset(2018, 9, 4, 3, 7, 5, TimeSpan.Zero)));
    }

    [Fact]
    public void FormatTimestamp_OtherOffset_WrittenInUtc()
    {
        var time = new DateTimeOffset(2018, 9, 4, 23, 7, 5, TimeSpan.FromHours(-5));

        Assert.Equal("Wed Sep 5 04:07:05 UTC 2018", SrpServerSession.FormatTimestamp(time));
    }

    [Theory]
    [InlineData("Tue Sep 4 03:07:05 UTC 2018")]
    [InlineData("Tue Sep 04 03:07:05 UTC 2018")]
    public void TryParseTimestamp_DayPaddedOrNot_Reads(string timestamp)
    {
        Assert.True(SrpServerSession.TryParseTimestamp(timestamp, out var time));
        Assert.Equal(new DateTimeOffset(2018, 9, 4, 3, 7, 5, TimeSpan.Zero), time);
        Assert.Equal(TimeSpan.Zero, time.Offset);
    }

    [Fact]
    public void TryParseTimestamp_Format_RoundTrips()
    {
        var time = new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.Zero);

        Assert.True(SrpServerSession.TryParseTimestamp(SrpServerSession.FormatTimestamp(time), out var parsed));
        Assert.Equal(time, parsed);
    }

    [Theory]
    [InlineData("Mon Sep 4 03:07:05 UTC 2018")]
    [InlineData("Tue Sep 4 03:07:05 GMT 2018")]
    [InlineData("Tue Sep 4 3:07:05 UTC 2018")]
    [InlineData("2018-09-04T03:07:05Z")]
    [InlineData("Thu Feb 30 00:00:00 UTC 2024")]
    [InlineData("")]
    public void TryParseTimestamp_Malformed_False(string timestamp)
    {
        Assert.False(SrpServerSession.TryParseTimestamp(timestamp, out _));
    }
}
