using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;

namespace Cluster.Domain.Srp;

/// <summary>
/// The server half of USER_SRP_AUTH / PASSWORD_VERIFIER and DEVICE_SRP_AUTH / DEVICE_PASSWORD_VERIFIER.
/// <see cref="Begin"/> answers SRP_A with SRP_B; the caller keeps b and B in the session until the verifier step, then
/// calls <see cref="DeriveKey"/> and <see cref="VerifyClaim"/>. Cost: three 256-bit-exponent ModPows per sign-in
/// (one in Begin, two in DeriveKey), about 4.4 ms of CPU each with .NET 10's BigInteger on a 3072-bit modulus.
/// </summary>
public static class SrpServerSession
{
    /// <summary>Bytes of the secret exponent b: 256 bits, 128-bit security for the 3072-bit group.</summary>
    public const int SecretSize = 32;

    private const string TimestampFormat = "ddd MMM d HH:mm:ss 'UTC' yyyy";

    // Some clients (pycognito, older SDKs) pad the day to two digits; both are read.
    private static readonly string[] TimestampFormats = [TimestampFormat, "ddd MMM dd HH:mm:ss 'UTC' yyyy"];

    /// <summary>Picks b and returns B = (k*v + g^b) mod N to send as SRP_B, and b to keep server-side.</summary>
    public static (string BHex, string bSecretHex) Begin(SrpVerifier verifier)
    {
        var v = ParseVerifier(verifier);
        while (true)
        {
            var b = new BigInteger(RandomNumberGenerator.GetBytes(SecretSize), isUnsigned: true, isBigEndian: true);
            var largeB = SrpMath.ComputeB(v, b);
            // The client aborts on B mod N == 0; drawing again is cheaper than failing the sign-in.
            if (!b.IsZero && !largeB.IsZero)
            {
                return (SrpGroup.PadHex(largeB), SrpGroup.PadHex(b));
            }
        }
    }

    /// <summary>
    /// The 16-byte key both sides derive, or null to reject the client's SRP_A: not hex or too long, A == 0 or A >= N
    /// (so never A mod N == 0, which would make S = 0 whatever the password; an honest client sends A &lt; N), or u == 0.
    /// b and B are this server's own, from <see cref="Begin"/>: malformed ones throw.
    /// </summary>
    public static byte[]? DeriveKey(SrpVerifier verifier, string AHex, string bSecretHex, string BHex)
    {
        var v = ParseVerifier(verifier);
        var b = SrpGroup.ParseHex(bSecretHex);
        var largeB = SrpGroup.ParseHex(BHex);

        // The length bound keeps a hostile SRP_A from costing more than one parse.
        if (AHex is null || AHex.Length > SrpGroup.NHexLength + 2 || !SrpGroup.TryParseHex(AHex, out var largeA)
            || largeA.IsZero || largeA >= SrpGroup.N)
        {
            return null;
        }

        var u = SrpMath.ComputeU(largeA, largeB);
        if (u.IsZero)
        {
            return null;
        }

        return SrpMath.DeriveKey(SrpMath.ComputeServerS(largeA, v, u, b), u);
    }

    /// <summary>
    /// Whether PASSWORD_CLAIM_SIGNATURE is the HMAC the client computes. Compared in constant time; a signature that is
    /// not base64 of 32 bytes is a mismatch. For devices pass the device group key and device key.
    /// </summary>
    public static bool VerifyClaim(byte[] key, string poolName, string userIdForSrp, byte[] secretBlock, string timestamp, string claimSignatureBase64)
    {
        if (key is not { Length: SrpMath.KeySize } || poolName is null || userIdForSrp is null || secretBlock is null
            || timestamp is null || string.IsNullOrEmpty(claimSignatureBase64) || claimSignatureBase64.Length > 64)
        {
            return false;
        }

        Span<byte> claimed = stackalloc byte[48];
        if (!Convert.TryFromBase64String(claimSignatureBase64, claimed, out var written) || written != SrpMath.SignatureSize)
        {
            return false;
        }

        var expected = SrpMath.ComputeClaimSignature(key, poolName, userIdForSrp, secretBlock, timestamp);
        return CryptographicOperations.FixedTimeEquals(expected, claimed[..written]);
    }

    /// <summary>TIMESTAMP as the clients write it: <c>Tue Sep 4 03:07:05 UTC 2018</c> (UTC, day not padded).</summary>
    public static string FormatTimestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    /// <summary>Reads a TIMESTAMP, with the day padded or not; false when the weekday does not match the date.</summary>
    public static bool TryParseTimestamp(string timestamp, out DateTimeOffset time) =>
        DateTimeOffset.TryParseExact(timestamp, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);

    private static BigInteger ParseVerifier(SrpVerifier verifier)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        return SrpGroup.TryParseHex(verifier.VerifierHex, out var v) && v > BigInteger.One && v < SrpGroup.N
            ? v
            : throw new ArgumentException("The stored SRP verifier is not a value in (1, N).", nameof(verifier));
    }
}
