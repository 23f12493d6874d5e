using System.Numerics;
using Cluster.Domain.Srp;

namespace Cluster.Domain.Tests.Srp;

public sealed class SrpVerifiersTests
{
    private static readonly string Salt16 = Convert.ToBase64String(Enumerable.Range(1, 16).Select(i => (byte)i).ToArray());

    private static string Base64Of(BigInteger value) => Convert.ToBase64String(SrpGroup.PadBytes(value));

    [Fact]
    public void Create_FreshSaltEachTime()
    {
        var first = SrpVerifiers.Create("Pool1", "user", "pw");
        var second = SrpVerifiers.Create("Pool1", "user", "pw");

        Assert.NotEqual(first.SaltHex, second.SaltHex);
        Assert.NotEqual(first.VerifierHex, second.VerifierHex);
    }

    [Fact]
    public void Create_VerifierIsGToTheX()
    {
        var salt = Enumerable.Range(200, 16).Select(i => (byte)i).ToArray();

        var verifier = SrpVerifiers.Create("Pool1", "user", "pw", salt);

        var x = SrpMath.ComputeX(SrpGroup.ParseHex(verifier.SaltHex), "Pool1", "user", "pw");
        Assert.Equal(SrpGroup.PadHex(BigInteger.ModPow(2, x, SrpGroup.N)), verifier.VerifierHex);
        Assert.Equal("00" + Convert.ToHexStringLower(salt), verifier.SaltHex);
    }

    [Fact]
    public void CreateForDevice_SameFormulaAsUser()
    {
        var device = SrpVerifiers.CreateForDevice("-Group", "device-key", "pw");

        var user = SrpVerifiers.Create("-Group", "device-key", "pw", Convert.FromHexString(device.SaltHex));
        Assert.Equal(user.VerifierHex, device.VerifierHex);
    }

    [Fact]
    public void GenerateDeviceSecret_ConfigParsesBack()
    {
        var secret = SrpClient.GenerateDeviceSecret("-Group", "device-key");

        Assert.Equal(SrpClient.DevicePasswordSize, Convert.FromBase64String(secret.DevicePassword).Length);
        Assert.True(SrpVerifiers.TryFromDeviceSecretVerifierConfig(secret.PasswordVerifierBase64, secret.SaltBase64, out var verifier));
        var x = SrpMath.ComputeX(SrpGroup.ParseHex(verifier.SaltHex), "-Group", "device-key", secret.DevicePassword);
        Assert.Equal(SrpGroup.PadHex(SrpMath.ComputeVerifier(x)), verifier.VerifierHex);
    }

    public static TheoryData<string?, string?> BadConfigs => new()
    {
        { null, Salt16 },
        { Base64Of(12345), null },
        { Base64Of(12345), "" },
        { "not base64", Salt16 },
        { Base64Of(12345), "%%%%" },
        { Base64Of(0), Salt16 },
        { Base64Of(1), Salt16 },
        { Base64Of(SrpGroup.N), Salt16 },
        { Base64Of(SrpGroup.N + 5), Salt16 },
        { Base64Of(12345), Convert.ToBase64String(new byte[SrpVerifiers.MaxClientSaltSize + 1]) },
        { Convert.ToBase64String(new byte[400]), Salt16 },
    };

    [Theory]
    [MemberData(nameof(BadConfigs))]
    public void TryFromDeviceSecretVerifierConfig_Bad_False(string? verifier, string? salt)
    {
        Assert.False(SrpVerifiers.TryFromDeviceSecretVerifierConfig(verifier, salt, out var parsed));
        Assert.Null(parsed);
    }

    [Fact]
    public void TryFromDeviceSecretVerifierConfig_SmallestLegalValues_Accepted()
    {
        Assert.True(SrpVerifiers.TryFromDeviceSecretVerifierConfig(Base64Of(2), Convert.ToBase64String([0]), out var low));
        Assert.Equal(new SrpVerifier("00", "02"), low);
        Assert.True(SrpVerifiers.TryFromDeviceSecretVerifierConfig(Base64Of(SrpGroup.N - 1), Convert.ToBase64String(new byte[SrpVerifiers.MaxClientSaltSize]), out _));
    }
}
