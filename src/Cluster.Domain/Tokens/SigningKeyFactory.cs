using System.Security.Cryptography;

namespace Cluster.Domain.Tokens;

/// <summary>Makes new token-signing keys: RSA 2048 for RS256, P-256 for ES256, named by their RFC 7638 thumbprint.</summary>
public static class SigningKeyFactory
{
    public const int RsaKeySize = 2048;

    public static SigningKeyMaterial Create(SigningAlgorithm algorithm, DateTimeOffset now)
    {
        switch (algorithm)
        {
            case SigningAlgorithm.RS256:
                using (var rsa = RSA.Create(RsaKeySize))
                {
                    return new SigningKeyMaterial(JwkThumbprint.Compute(rsa.ExportParameters(false)), algorithm, rsa.ExportPkcs8PrivateKey(), now);
                }

            case SigningAlgorithm.ES256:
                using (var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256))
                {
                    return new SigningKeyMaterial(JwkThumbprint.Compute(ecdsa.ExportParameters(false)), algorithm, ecdsa.ExportPkcs8PrivateKey(), now);
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown signing algorithm.");
        }
    }
}
