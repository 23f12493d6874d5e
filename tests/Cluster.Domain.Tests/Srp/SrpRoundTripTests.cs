using System.Numerics;
using Cluster.Domain.Srp;

namespace Cluster.Domain.Tests.Srp;

/// <summary><see cref="SrpClient"/> against <see cref="SrpServerSession"/>, as a sign-in would run them.</summary>
public sealed class SrpRoundTripTests
{
    private const string PoolName = "AbCdEf123";
    private const string UserId = "1c2d3e4f-0000-4000-8000-123456789abc";
    private const string Password = "Correct-Horse-9";
    private static readonly DateTimeOffset Now = new(2025, 3, 7, 8, 9, 10, TimeSpan.Zero);
    private static readonly byte[] SecretBlock = Enumerable.Range(0, 200).Select(i => (byte)(i * 7)).ToArray();

    private sealed record SignIn(byte[] Key, SrpClaim Claim);

    private static SignIn Run(SrpVerifier verifier, string clientPassword, string poolName = PoolName, string userId = UserId)
    {
        var (aHex, aSecretHex) = SrpClient.GenerateA();
        var (bHex, bSecretHex) = SrpServerSession.Begin(verifier);
        var claim = SrpClient.ComputeClaim(poolName, userId, clientPassword, aHex, aSecretHex, verifier.SaltHex, bHex, Convert.ToBase64String(SecretBlock), Now);
        var key = SrpServerSession.DeriveKey(verifier, aHex, bSecretHex, bHex);
        Assert.NotNull(key);
        return new SignIn(key, claim);
    }

    private static bool Verify(SignIn signIn, string poolName = PoolName, string userId = UserId, byte[]? secretBlock = null, string? timestamp = null, string? signature = null) =>
        SrpServerSession.VerifyClaim(
            signIn.Key, poolName, userId, secretBlock ?? SecretBlock, timestamp ?? signIn.Claim.Timestamp, signature ?? signIn.Claim.PasswordClaimSignature);

    [Fact]
    public void SignIn_RightPassword_Verifies()
    {
        var signIn = Run(SrpVerifiers.Create(PoolName, UserId, Password), Password);

        Assert.True(Verify(signIn));
        Assert.Equal("Fri Mar 7 08:09:10 UTC 2025", signIn.Claim.Timestamp);
    }

    [Fact]
    public void SignIn_WrongPassword_Fails()
    {
        var signIn = Run(SrpVerifiers.Create(PoolName, UserId, Password), Password + "x");

        Assert.False(Verify(signIn));
    }

    [Fact]
    public void SignIn_OtherPoolOrUser_Fails()
    {
        var verifier = SrpVerifiers.Create(PoolName, UserId, Password);

        Assert.False(Verify(Run(verifier, Password, poolName: "Other123"), poolName: "Other123"));
        Assert.False(Verify(Run(verifier, Password, userId: "someone-else"), userId: "someone-else"));
    }

    [Fact]
    public void SignIn_SaltWithLeadingZeroByte_Verifies()
    {
        // padHex drops the zero byte, as every client does after reading SALT as a number.
        var salt = new byte[16];
        salt[1] = 0x42;
        var verifier = SrpVerifiers.Create(PoolName, UserId, Password, salt);

        Assert.Equal("42" + new string('0', 28), verifier.SaltHex);
        Assert.True(Verify(Run(verifier, Password)));
    }

    [Fact]
    public void SignIn_Device_Verifies()
    {
        var secret = SrpClient.GenerateDeviceSecret("-GroupKey1", "us-east-1_device");
        Assert.True(SrpVerifiers.TryFromDeviceSecretVerifierConfig(secret.PasswordVerifierBase64, secret.SaltBase64, out var verifier));

        Assert.True(Verify(Run(verifier, secret.DevicePassword, "-GroupKey1", "us-east-1_device"), "-GroupKey1", "us-east-1_device"));
        Assert.False(Verify(Run(verifier, "not-the-device-password", "-GroupKey1", "us-east-1_device"), "-GroupKey1", "us-east-1_device"));
    }

    [Fact]
    public void Verify_TamperedSecretBlock_Fails()
    {
        var signIn = Run(SrpVerifiers.Create(PoolName, UserId, Password), Password);
        var tampered = (byte[])SecretBlock.Clone();
        tampered[^1] ^= 1;

        Assert.False(Verify(signIn, secretBlock: tampered));
        Assert.False(Verify(signIn, secretBlock: SecretBlock[..^1]));
    }

    [Fact]
    public void Verify_TamperedTimestamp_Fails()
    {
        var signIn = Run(SrpVerifiers.Create(PoolName, UserId, Password), Password);

        Assert.False(Verify(signIn, timestamp: "Fri Mar 7 08:09:11 UTC 2025"));
        Assert.False(Verify(signIn, timestamp: "Fri Mar 07 08:09:10 UTC 2025"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public void Verify_MalformedSignature_Fails(string signature)
    {
        var signIn = Run(SrpVerifiers.Create(PoolName, UserId, Password), Password);

        Assert.False(Verify(signIn, signature: signature));
    }

    [Fact]
    public void Verify_FlippedSignatureBit_Fails()
    {
        var signIn = Run(SrpVerifiers.Create(PoolName, UserId, Password), Password);
        var bytes = Convert.FromBase64String(signIn.Claim.PasswordClaimSignature);
        bytes[0] ^= 0x80;

        Assert.False(Verify(signIn, signature: Convert.ToBase64String(bytes)));
        Assert.False(Verify(signIn, signature: signIn.Claim.PasswordClaimSignature + "AAAA"));
    }

    [Fact]
    public void Verify_WrongKeyLength_Fails()
    {
        var signIn = Run(SrpVerifiers.Create(PoolName, UserId, Password), Password);

        Assert.True(Verify(signIn));
        Assert.False(Verify(signIn with { Key = [.. signIn.Key, 0] }));
    }

    public static TheoryData<string> BadA => new()
    {
        "0",
        "00",
        SrpGroup.ToHex(SrpGroup.N),
        SrpGroup.PadHex(SrpGroup.N),
        SrpGroup.ToHex(SrpGroup.N * 2),
        SrpGroup.ToHex(SrpGroup.N + 1),
        "",
        "xyz",
        new string('1', SrpGroup.NHexLength + 3),
    };

    [Theory]
    [MemberData(nameof(BadA))]
    public void DeriveKey_BadA_Rejected(string aHex)
    {
        var verifier = SrpVerifiers.Create(PoolName, UserId, Password);
        var (bHex, bSecretHex) = SrpServerSession.Begin(verifier);

        Assert.Null(SrpServerSession.DeriveKey(verifier, aHex, bSecretHex, bHex));
    }

    [Fact]
    public void DeriveKey_AOneBelowN_Accepted()
    {
        // The boundary of the range check above: N - 1 is a legal (if silly) A.
        var verifier = SrpVerifiers.Create(PoolName, UserId, Password);
        var (bHex, bSecretHex) = SrpServerSession.Begin(verifier);

        Assert.NotNull(SrpServerSession.DeriveKey(verifier, SrpGroup.ToHex(SrpGroup.N - 1), bSecretHex, bHex));
    }

    [Fact]
    public void DeriveKey_UppercaseOrPaddedA_SameKey()
    {
        var verifier = SrpVerifiers.Create(PoolName, UserId, Password);
        var (aHex, _) = SrpClient.GenerateA();
        var (bHex, bSecretHex) = SrpServerSession.Begin(verifier);

        var key = SrpServerSession.DeriveKey(verifier, aHex, bSecretHex, bHex);

        Assert.Equal(key, SrpServerSession.DeriveKey(verifier, aHex.ToUpperInvariant(), bSecretHex, bHex));
        Assert.Equal(key, SrpServerSession.DeriveKey(verifier, "00" + aHex, bSecretHex, bHex));
    }

    [Fact]
    public void Begin_FreshBEachTime_InRange()
    {
        var verifier = SrpVerifiers.Create(PoolName, UserId, Password);

        var (b1, secret1) = SrpServerSession.Begin(verifier);
        var (b2, secret2) = SrpServerSession.Begin(verifier);

        Assert.NotEqual(b1, b2);
        Assert.NotEqual(secret1, secret2);
        Assert.InRange(SrpGroup.ParseHex(b1), BigInteger.One, SrpGroup.N - 1);
        Assert.True(SrpGroup.ParseHex(secret1).GetBitLength() <= 8 * SrpServerSession.SecretSize);
    }

    [Fact]
    public void Begin_CorruptStoredVerifier_Throws()
    {
        Assert.Throws<ArgumentException>(() => SrpServerSession.Begin(new SrpVerifier("00", "zz")));
        Assert.Throws<ArgumentException>(() => SrpServerSession.Begin(new SrpVerifier("00", "01")));
    }

    [Fact]
    public void ComputeClaim_BZeroModN_Throws()
    {
        var (aHex, aSecretHex) = SrpClient.GenerateA();

        Assert.Throws<ArgumentException>(() => SrpClient.ComputeClaim(
            PoolName, UserId, Password, aHex, aSecretHex, "00ff", SrpGroup.ToHex(SrpGroup.N), Convert.ToBase64String(SecretBlock), Now));
    }
}
