using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Cluster.Domain.Tokens;

/// <summary>
/// One key of a <see cref="SigningKeySet"/>, imported and checked once. Each thread gets its own RSA or ECDsa
/// object, because .NET documents no thread-safety for their instance members.
/// </summary>
internal sealed class LoadedSigningKey : IDisposable
{
    private const string P256Oid = "1.2.840.10045.3.1.7";

    private readonly byte[] _keyBlob;
    private readonly ThreadLocal<AsymmetricAlgorithm> _perThread;

    public LoadedSigningKey(SigningKeyMaterial material, bool canSign)
    {
        ArgumentNullException.ThrowIfNull(material);
        if (string.IsNullOrWhiteSpace(material.KeyId))
        {
            throw new ArgumentException("A signing key needs a key id.", nameof(material));
        }

        ArgumentNullException.ThrowIfNull(material.PrivateKeyPkcs8);
        KeyId = material.KeyId;
        Algorithm = material.Algorithm;
        CanSign = canSign;

        using var probe = Import(material.Algorithm, material.PrivateKeyPkcs8, privateKey: true);
        SignatureSize = Describe(probe, material.Algorithm, material.KeyId, out var jwk);
        Jwk = jwk;

        // Only the signing key keeps its private half; older keys can only verify from here on.
        _keyBlob = canSign ? (byte[])material.PrivateKeyPkcs8.Clone() : probe.ExportSubjectPublicKeyInfo();
        _perThread = new ThreadLocal<AsymmetricAlgorithm>(() => Import(Algorithm, _keyBlob, CanSign), trackAllValues: true);
        EncodedHeader = EncodeHeader(KeyId, Algorithm);
    }

    public string KeyId { get; }

    public SigningAlgorithm Algorithm { get; }

    public bool CanSign { get; }

    /// <summary>Bytes of a signature: the modulus size for RSA, 64 for ES256 (r and s concatenated, IEEE P1363).</summary>
    public int SignatureSize { get; }

    /// <summary>The base64url JOSE header, <c>{"kid":"...","alg":"RS256"}</c>, as ASCII bytes.</summary>
    public byte[] EncodedHeader { get; }

    /// <summary>The public key as a JWKS entry, members in the order Cognito writes them.</summary>
    public Action<Utf8JsonWriter> Jwk { get; }

    public void Sign(ReadOnlySpan<byte> data, Span<byte> signature)
    {
        var written = _perThread.Value switch
        {
            RSA rsa => rsa.SignData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            ECDsa ecdsa => ecdsa.SignData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
            _ => 0,
        };

        if (written != SignatureSize)
        {
            throw new CryptographicException($"Signing with key '{KeyId}' produced {written} bytes, expected {SignatureSize}.");
        }
    }

    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) => _perThread.Value switch
    {
        RSA rsa => rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        ECDsa ecdsa => ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
        _ => false,
    };

    public void Dispose()
    {
        foreach (var instance in _perThread.Values)
        {
            instance.Dispose();
        }

        _perThread.Dispose();
        CryptographicOperations.ZeroMemory(_keyBlob);
    }

    private static AsymmetricAlgorithm Import(SigningAlgorithm algorithm, byte[] blob, bool privateKey)
    {
        AsymmetricAlgorithm key = algorithm switch
        {
            SigningAlgorithm.RS256 => RSA.Create(),
            SigningAlgorithm.ES256 => ECDsa.Create(),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown signing algorithm."),
        };

        try
        {
            if (privateKey)
            {
                key.ImportPkcs8PrivateKey(blob, out _);
            }
            else
            {
                key.ImportSubjectPublicKeyInfo(blob, out _);
            }

            return key;
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    // Checks the key suits its algorithm and captures what the JWKS needs.
    private static int Describe(AsymmetricAlgorithm key, SigningAlgorithm algorithm, string kid, out Action<Utf8JsonWriter> jwk)
    {
        switch (key)
        {
            case RSA rsa:
                if (rsa.KeySize is < 2048 or > 8192)
                {
                    throw new ArgumentException($"RS256 needs an RSA key of 2048 to 8192 bits, not {rsa.KeySize}.");
                }

                var rsaPublic = rsa.ExportParameters(false);
                var e = Base64Url.EncodeToString(JwkThumbprint.Unsigned(rsaPublic.Exponent));
                var n = Base64Url.EncodeToString(JwkThumbprint.Unsigned(rsaPublic.Modulus));
                jwk = writer =>
                {
                    writer.WriteString("alg", algorithm.ToString());
                    writer.WriteString("e", e);
                    writer.WriteString("kid", kid);
                    writer.WriteString("kty", "RSA");
                    writer.WriteString("n", n);
                    writer.WriteString("use", "sig");
                };
                return rsa.KeySize / 8;

            case ECDsa ecdsa:
                var ecPublic = ecdsa.ExportParameters(false);
                if (ecPublic.Curve.Oid?.Value != P256Oid)
                {
                    throw new ArgumentException("ES256 needs a key on curve P-256.");
                }

                var x = Base64Url.EncodeToString(ecPublic.Q.X);
                var y = Base64Url.EncodeToString(ecPublic.Q.Y);
                jwk = writer =>
                {
                    writer.WriteString("alg", algorithm.ToString());
                    writer.WriteString("crv", "P-256");
                    writer.WriteString("kid", kid);
                    writer.WriteString("kty", "EC");
                    writer.WriteString("use", "sig");
                    writer.WriteString("x", x);
                    writer.WriteString("y", y);
                };
                return 64;

            default:
                throw new ArgumentException("Unsupported key type.");
        }
    }

    private static byte[] EncodeHeader(string keyId, SigningAlgorithm algorithm)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JwtJson.WriterOptions))
        {
            // kid before alg, no typ: the header Cognito writes.
            writer.WriteStartObject();
            writer.WriteString("kid", keyId);
            writer.WriteString("alg", algorithm.ToString());
            writer.WriteEndObject();
        }

        return Encoding.ASCII.GetBytes(Base64Url.EncodeToString(stream.ToArray()));
    }
}
