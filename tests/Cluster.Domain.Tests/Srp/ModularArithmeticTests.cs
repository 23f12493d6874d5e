using System.Numerics;
using System.Security.Cryptography;
using Cluster.Domain.Srp;

namespace Cluster.Domain.Tests.Srp;

public sealed class ModularArithmeticTests
{
    [Fact]
    public void OnLinux_TheOpenSslPathIsTheOneInUse()
    {
        // The figures in loadtests/README.md assume it; a silent fallback would cost SRP sign-ins a factor of six.
        Assert.Equal(OperatingSystem.IsLinux(), ModularArithmetic.UsesOpenSsl);
    }

    [Fact]
    public void ModPow_AgreesWithBigInteger_OnSrpSizedInputs()
    {
        for (var i = 0; i < 200; i++)
        {
            var value = new BigInteger(RandomNumberGenerator.GetBytes(384), isUnsigned: true, isBigEndian: true) % SrpGroup.N;
            var exponent = new BigInteger(RandomNumberGenerator.GetBytes(i % 2 == 0 ? 32 : 384), isUnsigned: true, isBigEndian: true);

            Assert.Equal(BigInteger.ModPow(value, exponent, SrpGroup.N), ModularArithmetic.ModPow(value, exponent, SrpGroup.N));
        }
    }

    [Theory]
    [InlineData(0, 5, 7)]
    [InlineData(5, 0, 7)]
    [InlineData(1, 1, 3)]
    [InlineData(10, 3, 7)]
    [InlineData(-3, 3, 7)]
    [InlineData(3, 3, 8)]
    public void ModPow_EdgeCases_MatchBigInteger(int value, int exponent, int modulus)
    {
        Assert.Equal(BigInteger.ModPow(value, exponent, modulus), ModularArithmetic.ModPow(value, exponent, modulus));
    }
}
