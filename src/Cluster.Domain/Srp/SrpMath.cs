using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Cluster.Domain.Srp;

/// <summary>
/// The steps of Cognito's SRP-6a, one function each, exactly as amazon-cognito-identity-js computes them.
/// <see cref="SrpServerSession"/> and <see cref="SrpClient"/> compose these; the known-answer tests check each one.
/// </summary>
/// <remarks>
/// For the device flows the same steps run with the device group key in place of the pool name, the device key in
/// place of USER_ID_FOR_SRP and the device's random password.
/// </remarks>
public static class SrpMath
{
    /// <summary>Length of the derived key, in bytes.</summary>
    public const int KeySize = 16;

    /// <summary>Length of PASSWORD_CLAIM_SIGNATURE before base64, in bytes.</summary>
    public const int SignatureSize = 32;

    private static readonly byte[] HkdfInfo = "Caldera Derived Key"u8.ToArray();

    /// <summary>u = H(padHex(A) || padHex(B)).</summary>
    public static BigInteger ComputeU(BigInteger largeA, BigInteger largeB) =>
        SrpGroup.HashToInteger([.. SrpGroup.PadBytes(largeA), .. SrpGroup.PadBytes(largeB)]);

    /// <summary>x = H(padHex(salt) || H(poolName + userIdForSrp + ":" + password)), strings as UTF-8.</summary>
    public static BigInteger ComputeX(BigInteger salt, string poolName, string userIdForSrp, string password)
    {
        ArgumentNullException.ThrowIfNull(poolName);
        ArgumentNullException.ThrowIfNull(userIdForSrp);
        ArgumentNullException.ThrowIfNull(password);
        var inner = SHA256.HashData(Encoding.UTF8.GetBytes(poolName + userIdForSrp + ":" + password));
        return SrpGroup.HashToInteger([.. SrpGroup.PadBytes(salt), .. inner]);
    }

    /// <summary>v = g^x mod N.</summary>
    public static BigInteger ComputeVerifier(BigInteger x) => ModularArithmetic.ModPow(SrpGroup.G, x, SrpGroup.N);

    /// <summary>B = (k*v + g^b) mod N.</summary>
    public static BigInteger ComputeB(BigInteger verifier, BigInteger smallB) =>
        (SrpGroup.K * verifier + ModularArithmetic.ModPow(SrpGroup.G, smallB, SrpGroup.N)) % SrpGroup.N;

    /// <summary>Server side: S = (A * v^u)^b mod N.</summary>
    public static BigInteger ComputeServerS(BigInteger largeA, BigInteger verifier, BigInteger u, BigInteger smallB)
    {
        var avu = largeA * ModularArithmetic.ModPow(verifier, u, SrpGroup.N) % SrpGroup.N;
        return ModularArithmetic.ModPow(avu, smallB, SrpGroup.N);
    }

    /// <summary>Client side: S = (B - k*g^x)^(a + u*x) mod N.</summary>
    public static BigInteger ComputeClientS(BigInteger largeB, BigInteger x, BigInteger smallA, BigInteger u)
    {
        var n = SrpGroup.N;
        // The difference is usually negative; BigInteger's % keeps the sign, the JS reduces into [0, N).
        var baseValue = (largeB - SrpGroup.K * ModularArithmetic.ModPow(SrpGroup.G, x, n)) % n;
        if (baseValue.Sign < 0)
        {
            baseValue += n;
        }

        return ModularArithmetic.ModPow(baseValue, smallA + u * x, n);
    }

    /// <summary>HKDF-SHA256 with ikm = padHex(S), salt = padHex(u), info "Caldera Derived Key", 16 bytes.</summary>
    public static byte[] DeriveKey(BigInteger s, BigInteger u) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, SrpGroup.PadBytes(s), KeySize, SrpGroup.PadBytes(u), HkdfInfo);

    /// <summary>HMAC-SHA256 under <paramref name="key"/> of poolName || userIdForSrp || secretBlock || timestamp (strings as UTF-8).</summary>
    public static byte[] ComputeClaimSignature(byte[] key, string poolName, string userIdForSrp, ReadOnlySpan<byte> secretBlock, string timestamp)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.UTF8.GetBytes(poolName));
        hmac.AppendData(Encoding.UTF8.GetBytes(userIdForSrp));
        hmac.AppendData(secretBlock);
        hmac.AppendData(Encoding.UTF8.GetBytes(timestamp));
        return hmac.GetHashAndReset();
    }
}
