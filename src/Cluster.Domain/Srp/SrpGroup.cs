using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;

namespace Cluster.Domain.Srp;

/// <summary>
/// The group Cognito's SRP-6a uses (RFC 5054's 3072-bit N, g = 2) and the hex spellings its clients hash.
/// </summary>
public static class SrpGroup
{
    /// <summary>Hex digits in N (3072 bits).</summary>
    public const int NHexLength = 768;

    private const string NHex =
        "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD1" +
        "29024E088A67CC74020BBEA63B139B22514A08798E3404DD" +
        "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245" +
        "E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED" +
        "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3D" +
        "C2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F" +
        "83655D23DCA3AD961C62F356208552BB9ED529077096966D" +
        "670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B" +
        "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9" +
        "DE2BCBF6955817183995497CEA956AE515D2261898FA0510" +
        "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64" +
        "ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7" +
        "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6B" +
        "F12FFA06D98A0864D87602733EC86A64521F2B18177B200C" +
        "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB31" +
        "43DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF";

    // Declared before N: static initialisers run in text order and N is parsed with it.
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>The RFC 5054 3072-bit safe prime.</summary>
    public static BigInteger N { get; } = ParseHex(NHex);

    /// <summary>The generator, 2.</summary>
    public static BigInteger G { get; } = 2;

    /// <summary>The multiplier k = H(padHex(N) || padHex(g)).</summary>
    public static BigInteger K { get; } = HashToInteger([.. PadBytes(N), .. PadBytes(G)]);

    /// <summary>
    /// The client's <c>padHex</c>: lowercase, even-length two's complement, so a positive value whose top bit is set
    /// gets a leading <c>00</c> (the hex of Java's <c>BigInteger.toByteArray()</c>). Everything hashed is spelt this way.
    /// </summary>
    public static string PadHex(BigInteger value) => Convert.ToHexStringLower(PadBytes(value));

    /// <summary>The bytes of <see cref="PadHex"/>.</summary>
    public static byte[] PadBytes(BigInteger value) => value.ToByteArray(isUnsigned: false, isBigEndian: true);

    /// <summary>
    /// JavaScript's <c>toString(16)</c>: lowercase, no padding, possibly odd length. The npm client sends SRP_A this way.
    /// </summary>
    public static string ToHex(BigInteger value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var hex = PadHex(value).TrimStart('0');
        return hex.Length == 0 ? "0" : hex;
    }

    /// <summary>Reads unsigned hex of any length and case, odd lengths and leading zeros included.</summary>
    public static bool TryParseHex(string? hex, out BigInteger value)
    {
        value = BigInteger.Zero;
        if (string.IsNullOrEmpty(hex) || hex.AsSpan().ContainsAnyExcept(HexDigits))
        {
            return false;
        }

        // A leading 0 keeps the top digit from reading as a sign.
        value = BigInteger.Parse("0" + hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>As <see cref="TryParseHex"/>, throwing <see cref="FormatException"/> for text that is not hex.</summary>
    public static BigInteger ParseHex(string hex) =>
        TryParseHex(hex, out var value) ? value : throw new FormatException("Expected unsigned hexadecimal digits.");

    /// <summary>SHA-256 of <paramref name="data"/>, read as an unsigned big-endian integer (the clients' <c>new BigInteger(hexHash(..), 16)</c>).</summary>
    public static BigInteger HashToInteger(ReadOnlySpan<byte> data) =>
        new(SHA256.HashData(data), isUnsigned: true, isBigEndian: true);
}
