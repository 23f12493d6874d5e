using System.Numerics;
using Cluster.Domain.Srp;
using Kat = Cluster.Domain.Tests.Srp.SrpKnownAnswers;

namespace Cluster.Domain.Tests.Srp;

/// <summary>Each step against values the real amazon-cognito-identity-js printed (kat.mjs.txt).</summary>
public sealed class SrpKnownAnswerTests
{
    private static readonly DateTimeOffset UserTime = new(2018, 9, 4, 3, 7, 5, TimeSpan.Zero);
    private static readonly DateTimeOffset DeviceTime = new(2024, 2, 29, 23, 59, 59, TimeSpan.Zero);

    private static BigInteger Hex(string hex) => SrpGroup.ParseHex(hex);

    [Fact]
    public void UserA_MatchesNpmClient_UnpaddedOddLength()
    {
        var a = SrpClient.ComputeA(Kat.UserSmallA);

        Assert.Equal(Kat.UserSrpA, a);
        Assert.Equal(1, a.Length % 2);
    }

    [Fact]
    public void UserX_MatchesNpmClient()
    {
        Assert.Equal(Kat.UserX, SrpGroup.ToHex(SrpMath.ComputeX(Hex(Kat.UserSaltHex), Kat.PoolName, Kat.UserIdForSrp, Kat.Password)));
    }

    [Fact]
    public void UserVerifier_FromSaltAndPassword_MatchesServerHalf()
    {
        var verifier = SrpVerifiers.Create(Kat.PoolName, Kat.UserIdForSrp, Kat.Password, Convert.FromHexString(Kat.UserSaltHex));

        Assert.Equal("00" + Kat.UserSaltHex, verifier.SaltHex);
        Assert.Equal(Kat.UserVerifierPadHex, verifier.VerifierHex);
    }

    [Fact]
    public void UserB_MatchesServerHalf()
    {
        Assert.Equal(Kat.UserSrpB, SrpGroup.ToHex(SrpMath.ComputeB(Hex(Kat.UserVerifierPadHex), Hex(Kat.UserSmallB))));
    }

    [Fact]
    public void UserU_MatchesNpmClient_TopBitSet()
    {
        var u = SrpMath.ComputeU(Hex(Kat.UserSrpA), Hex(Kat.UserSrpB));

        Assert.Equal(Kat.UserU, SrpGroup.ToHex(u));
        Assert.StartsWith("00", SrpGroup.PadHex(u), StringComparison.Ordinal);
    }

    [Fact]
    public void UserS_ClientAndServer_MatchNpmClient()
    {
        var u = Hex(Kat.UserU);

        var client = SrpMath.ComputeClientS(Hex(Kat.UserSrpB), Hex(Kat.UserX), Hex(Kat.UserSmallA), u);
        var server = SrpMath.ComputeServerS(Hex(Kat.UserSrpA), Hex(Kat.UserVerifierPadHex), u, Hex(Kat.UserSmallB));

        Assert.Equal(Kat.UserS, SrpGroup.ToHex(client));
        Assert.Equal(Kat.UserS, SrpGroup.ToHex(server));
    }

    [Fact]
    public void UserKey_MatchesNpmClient()
    {
        Assert.Equal(Kat.UserKeyHex, Convert.ToHexStringLower(SrpMath.DeriveKey(Hex(Kat.UserS), Hex(Kat.UserU))));
    }

    [Fact]
    public void UserSignature_MatchesNpmClient()
    {
        var signature = SrpMath.ComputeClaimSignature(
            Convert.FromHexString(Kat.UserKeyHex), Kat.PoolName, Kat.UserIdForSrp, Convert.FromBase64String(Kat.UserSecretBlock), Kat.UserTimestamp);

        Assert.Equal(Kat.UserClaimSignature, Convert.ToBase64String(signature));
    }

    [Fact]
    public void UserServer_AcceptsNpmClientClaim()
    {
        var verifier = new SrpVerifier(Kat.UserSaltHex, Kat.UserVerifierPadHex);

        var key = SrpServerSession.DeriveKey(verifier, Kat.UserSrpA, Kat.UserSmallB, Kat.UserSrpB);

        Assert.NotNull(key);
        Assert.Equal(Kat.UserKeyHex, Convert.ToHexStringLower(key));
        Assert.True(SrpServerSession.VerifyClaim(
            key, Kat.PoolName, Kat.UserIdForSrp, Convert.FromBase64String(Kat.UserSecretBlock), Kat.UserTimestamp, Kat.UserClaimSignature));
    }

    [Fact]
    public void UserClient_ReproducesNpmClientClaim()
    {
        var claim = SrpClient.ComputeClaim(
            Kat.PoolName, Kat.UserIdForSrp, Kat.Password, Kat.UserSrpA, Kat.UserSmallA, Kat.UserSaltHex, Kat.UserSrpB, Kat.UserSecretBlock, UserTime);

        Assert.Equal(new SrpClaim(Kat.UserClaimSignature, Kat.UserTimestamp), claim);
    }

    [Fact]
    public void DeviceConfirmConfig_MatchesVerifierFromSameSaltAndPassword()
    {
        // generateHashDevice drew these 16 salt bytes; the top bit is set, so padHex adds a zero byte.
        var expected = SrpVerifiers.Create(Kat.DeviceGroupKey, Kat.DeviceKey, Kat.DevicePassword, Convert.FromHexString(Kat.DeviceRandomSaltBytesHex));

        Assert.True(SrpVerifiers.TryFromDeviceSecretVerifierConfig(Kat.DeviceConfirmPasswordVerifier, Kat.DeviceConfirmSalt, out var parsed));
        Assert.Equal(expected, parsed);
        Assert.Equal(Kat.DeviceSaltHex, parsed.SaltHex);
        Assert.Equal(Convert.FromBase64String(Kat.DeviceConfirmPasswordVerifier), Convert.FromHexString(parsed.VerifierHex));
    }

    [Fact]
    public void DeviceSteps_MatchNpmClient()
    {
        var v = new BigInteger(Convert.FromBase64String(Kat.DeviceConfirmPasswordVerifier), isUnsigned: true, isBigEndian: true);
        var x = SrpMath.ComputeX(Hex(Kat.DeviceSaltHex), Kat.DeviceGroupKey, Kat.DeviceKey, Kat.DevicePassword);
        var u = SrpMath.ComputeU(Hex(Kat.DeviceSrpA), Hex(Kat.DeviceSrpB));

        Assert.Equal(Kat.DeviceSrpA, SrpClient.ComputeA(Kat.DeviceSmallA));
        Assert.Equal(Kat.DeviceSrpB, SrpGroup.ToHex(SrpMath.ComputeB(v, Hex(Kat.DeviceSmallB))));
        Assert.Equal(Kat.DeviceX, SrpGroup.ToHex(x));
        Assert.Equal(Kat.DeviceU, SrpGroup.ToHex(u));
        Assert.Equal(Kat.DeviceS, SrpGroup.ToHex(SrpMath.ComputeClientS(Hex(Kat.DeviceSrpB), x, Hex(Kat.DeviceSmallA), u)));
        Assert.Equal(Kat.DeviceS, SrpGroup.ToHex(SrpMath.ComputeServerS(Hex(Kat.DeviceSrpA), v, u, Hex(Kat.DeviceSmallB))));
        Assert.Equal(Kat.DeviceKeyHex, Convert.ToHexStringLower(SrpMath.DeriveKey(Hex(Kat.DeviceS), u)));
    }

    [Fact]
    public void DeviceServer_AcceptsNpmClientClaim()
    {
        Assert.True(SrpVerifiers.TryFromDeviceSecretVerifierConfig(Kat.DeviceConfirmPasswordVerifier, Kat.DeviceConfirmSalt, out var verifier));

        var key = SrpServerSession.DeriveKey(verifier, Kat.DeviceSrpA, Kat.DeviceSmallB, Kat.DeviceSrpB);

        Assert.NotNull(key);
        Assert.Equal(Kat.DeviceKeyHex, Convert.ToHexStringLower(key));
        Assert.True(SrpServerSession.VerifyClaim(
            key, Kat.DeviceGroupKey, Kat.DeviceKey, Convert.FromBase64String(Kat.DeviceSecretBlock), Kat.DeviceTimestamp, Kat.DeviceClaimSignature));
    }

    [Fact]
    public void DeviceClient_ReproducesNpmClientClaim()
    {
        var claim = SrpClient.ComputeClaim(
            Kat.DeviceGroupKey, Kat.DeviceKey, Kat.DevicePassword, Kat.DeviceSrpA, Kat.DeviceSmallA, Kat.DeviceSaltHex, Kat.DeviceSrpB, Kat.DeviceSecretBlock, DeviceTime);

        Assert.Equal(new SrpClaim(Kat.DeviceClaimSignature, Kat.DeviceTimestamp), claim);
    }
}
