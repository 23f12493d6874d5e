using System.Numerics;
using System.Security.Cryptography;

namespace Cluster.Domain.Srp;

/// <summary>
/// The client half, as amazon-cognito-identity-js does it, for the load driver and tests. For DEVICE_SRP_AUTH pass the
/// device group key as pool name, the device key as user id and the device password.
/// </summary>
public static class SrpClient
{
    /// <summary>
    /// Bytes of the secret exponent a. The npm client draws 128; 256 bits already gives the group's 128-bit security
    /// and roughly halves the exponentiation work per sign-in for the load driver.
    /// </summary>
    public const int SecretSize = 32;

    /// <summary>Bytes of the random device password, as the npm client draws them.</summary>
    public const int DevicePasswordSize = 40;

    /// <summary>Picks a and returns A = g^a mod N to send as SRP_A (unpadded hex, as the npm client sends it), and a to keep.</summary>
    public static (string AHex, string aSecretHex) GenerateA()
    {
        while (true)
        {
            var a = new BigInteger(RandomNumberGenerator.GetBytes(SecretSize), isUnsigned: true, isBigEndian: true);
            if (!a.IsZero)
            {
                return (ComputeA(SrpGroup.PadHex(a)), SrpGroup.PadHex(a));
            }
        }
    }

    /// <summary>A = g^a mod N for a given a, as unpadded hex.</summary>
    public static string ComputeA(string aSecretHex) =>
        SrpGroup.ToHex(ModularArithmetic.ModPow(SrpGroup.G, SrpGroup.ParseHex(aSecretHex), SrpGroup.N));

    /// <summary>
    /// Answers the challenge parameters SALT, SRP_B, SECRET_BLOCK and USER_ID_FOR_SRP with a signature and timestamp.
    /// Throws <see cref="ArgumentException"/> when B mod N or u is zero, where the npm client throws too.
    /// </summary>
    public static SrpClaim ComputeClaim(
        string poolName,
        string userIdForSrp,
        string password,
        string AHex,
        string aSecretHex,
        string saltHex,
        string BHex,
        string secretBlockBase64,
        DateTimeOffset now)
    {
        var key = ComputeKey(userIdForSrp, poolName, password, AHex, aSecretHex, saltHex, BHex);
        var timestamp = SrpServerSession.FormatTimestamp(now);
        var signature = SrpMath.ComputeClaimSignature(key, poolName, userIdForSrp, Convert.FromBase64String(secretBlockBase64), timestamp);
        return new SrpClaim(Convert.ToBase64String(signature), timestamp);
    }

    /// <summary>A fresh device password and the ConfirmDevice verifier config for it, as <c>generateHashDevice</c> makes them.</summary>
    public static SrpDeviceSecret GenerateDeviceSecret(string deviceGroupKey, string deviceKey)
    {
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(DevicePasswordSize));
        var verifier = SrpVerifiers.CreateForDevice(deviceGroupKey, deviceKey, password);
        return new SrpDeviceSecret(
            password,
            Convert.ToBase64String(Convert.FromHexString(verifier.SaltHex)),
            Convert.ToBase64String(Convert.FromHexString(verifier.VerifierHex)));
    }

    private static byte[] ComputeKey(string userIdForSrp, string poolName, string password, string AHex, string aSecretHex, string saltHex, string BHex)
    {
        var n = SrpGroup.N;
        var largeB = SrpGroup.ParseHex(BHex);
        if ((largeB % n).IsZero)
        {
            throw new ArgumentException("B cannot be zero.", nameof(BHex));
        }

        var u = SrpMath.ComputeU(SrpGroup.ParseHex(AHex), largeB);
        if (u.IsZero)
        {
            throw new ArgumentException("U cannot be zero.", nameof(BHex));
        }

        var x = SrpMath.ComputeX(SrpGroup.ParseHex(saltHex), poolName, userIdForSrp, password);
        return SrpMath.DeriveKey(SrpMath.ComputeClientS(largeB, x, SrpGroup.ParseHex(aSecretHex), u), u);
    }
}
