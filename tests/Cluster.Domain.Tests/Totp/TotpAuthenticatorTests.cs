using System.Text;
using Cluster.Domain.Totp;

namespace Cluster.Domain.Tests.Totp;

public sealed class TotpAuthenticatorTests
{
    // RFC 6238 appendix B: the SHA-1 seed "12345678901234567890", 8-digit codes; the last 6 digits are the 6-digit code.
    private static readonly byte[] RfcSecret = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void CodeAt_Rfc6238Vectors_MatchTheLastSixDigits(long unixSeconds, string eightDigits) =>
        Assert.Equal(eightDigits[2..], TotpAuthenticator.CodeAt(RfcSecret, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Fact]
    public void Verify_CurrentCode_ReturnsItsStepOnce()
    {
        var secret = TotpAuthenticator.NewSecret();
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_015);
        var code = TotpAuthenticator.CodeAt(secret, now);

        var step = TotpAuthenticator.Verify(secret, code, now, lastUsedStep: 0);

        Assert.Equal(1_800_000_015 / 30, step);
        Assert.Null(TotpAuthenticator.Verify(secret, code, now, lastUsedStep: step!.Value));
    }

    [Theory]
    [InlineData(-30, true)]
    [InlineData(30, true)]
    [InlineData(-60, false)]
    [InlineData(60, false)]
    public void Verify_OneStepOfDriftIsAllowed(int driftSeconds, bool accepted)
    {
        var secret = TotpAuthenticator.NewSecret();
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_015);
        var code = TotpAuthenticator.CodeAt(secret, now.AddSeconds(driftSeconds));

        Assert.Equal(accepted, TotpAuthenticator.Verify(secret, code, now, lastUsedStep: 0) is not null);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    public void Verify_MalformedCode_IsRefused(string code) =>
        Assert.Null(TotpAuthenticator.Verify(TotpAuthenticator.NewSecret(), code, DateTimeOffset.UtcNow, 0));

    [Fact]
    public void ToBase32_IsUnpaddedRfc4648()
    {
        Assert.Equal("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", TotpAuthenticator.ToBase32(RfcSecret));
    }
}
