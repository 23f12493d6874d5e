using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Cluster.Domain.Tokens;

/// <summary>
/// RFC 7638 JWK thumbprints (SHA-256, base64url): a key id that anyone holding the public key can recompute.
/// </summary>
public static class JwkThumbprint
{
    public static string Compute(RSAParameters publicKey)
    {
        var e = Base64Url.EncodeToString(Unsigned(publicKey.Exponent));
        var n = Base64Url.EncodeToString(Unsigned(publicKey.Modulus));

        // The required members in lexicographic order, no whitespace: the canonical form RFC 7638 hashes.
        return Hash($$"""{"e":"{{e}}","kty":"RSA","n":"{{n}}"}""");
    }

    public static string Compute(ECParameters publicKey)
    {
        var x = Base64Url.EncodeToString(publicKey.Q.X);
        var y = Base64Url.EncodeToString(publicKey.Q.Y);
        return Hash($$"""{"crv":"P-256","kty":"EC","x":"{{x}}","y":"{{y}}"}""");
    }

    /// <summary>Big-endian integer without leading zero bytes, as JWK's n and e require.</summary>
    internal static ReadOnlySpan<byte> Unsigned(byte[]? value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var span = value.AsSpan();
        while (span.Length > 1 && span[0] == 0)
        {
            span = span[1..];
        }

        return span;
    }

    private static string Hash(string canonicalJwk) => Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalJwk)));
}
