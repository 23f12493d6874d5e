using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Cluster.Domain.Tests.Tokens;

/// <summary>
/// An independent JWT check for tests: the public key comes only from the JWKS JSON (n/e or x/y), imported into
/// fresh .NET RSA/ECDsa objects, so a wrong JWKS or a wrong signature encoding fails here.
/// </summary>
internal static class JwksVerifier
{
    public static bool Verify(string jwksJson, string jwt)
    {
        var parts = jwt.Split('.');
        Assert.Equal(3, parts.Length);
        using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
        var kid = header.RootElement.GetProperty("kid").GetString();
        var alg = header.RootElement.GetProperty("alg").GetString();

        using var jwks = JsonDocument.Parse(jwksJson);
        var jwk = jwks.RootElement.GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("kid").GetString() == kid);
        Assert.Equal(alg, jwk.GetProperty("alg").GetString());
        Assert.Equal("sig", jwk.GetProperty("use").GetString());

        var signingInput = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        var signature = Base64Url.DecodeFromChars(parts[2]);
        switch (jwk.GetProperty("kty").GetString())
        {
            case "RSA":
                using (var rsa = RSA.Create())
                {
                    rsa.ImportParameters(new RSAParameters { Modulus = Bytes(jwk, "n"), Exponent = Bytes(jwk, "e") });
                    return rsa.VerifyData(signingInput, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                }

            case "EC":
                Assert.Equal("P-256", jwk.GetProperty("crv").GetString());
                using (var ecdsa = ECDsa.Create(new ECParameters
                {
                    Curve = ECCurve.NamedCurves.nistP256,
                    Q = new ECPoint { X = Bytes(jwk, "x"), Y = Bytes(jwk, "y") },
                }))
                {
                    return ecdsa.VerifyData(signingInput, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
                }

            default:
                throw new InvalidOperationException("unexpected kty");
        }
    }

    private static byte[] Bytes(JsonElement jwk, string name) => Base64Url.DecodeFromChars(jwk.GetProperty(name).GetString());
}
