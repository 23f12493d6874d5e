using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Cluster.Protocol.Tests;

/// <summary>Verifies a JWT against a JWKS document with nothing but .NET's RSA and ECDsa, independent of the service's code.</summary>
public static class JwtInspector
{
    public static JsonElement VerifiedPayload(string jwt, string jwksJson)
    {
        var parts = jwt.Split('.');
        Assert.Equal(3, parts.Length);
        var header = JsonDocument.Parse(Decode(parts[0])).RootElement;
        var kid = header.GetProperty("kid").GetString();
        var key = JsonDocument.Parse(jwksJson).RootElement.GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("kid").GetString() == kid);
        var signed = Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}");
        var signature = Decode(parts[2]);
        bool valid;
        if (key.GetProperty("kty").GetString() == "RSA")
        {
            using var rsa = RSA.Create(new RSAParameters { Modulus = Decode(key.GetProperty("n").GetString()!), Exponent = Decode(key.GetProperty("e").GetString()!) });
            valid = rsa.VerifyData(signed, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        else
        {
            using var ec = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = Decode(key.GetProperty("x").GetString()!), Y = Decode(key.GetProperty("y").GetString()!) } });
            valid = ec.VerifyData(signed, signature, HashAlgorithmName.SHA256);
        }

        Assert.True(valid, "JWT signature does not verify against the JWKS.");
        return JsonDocument.Parse(Decode(parts[1])).RootElement.Clone();
    }

    private static byte[] Decode(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }
}
