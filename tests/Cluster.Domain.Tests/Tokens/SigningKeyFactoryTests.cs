using System.Security.Cryptography;
using Cluster.Domain.Tokens;

namespace Cluster.Domain.Tests.Tokens;

public sealed class SigningKeyFactoryTests
{
    [Fact]
    public void Create_Rs256_Rsa2048NamedByThumbprint()
    {
        var now = new DateTimeOffset(2025, 5, 6, 7, 8, 9, TimeSpan.Zero);

        var material = SigningKeyFactory.Create(SigningAlgorithm.RS256, now);

        using var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(material.PrivateKeyPkcs8, out _);
        Assert.Equal(2048, rsa.KeySize);
        Assert.Equal(SigningAlgorithm.RS256, material.Algorithm);
        Assert.Equal(now, material.CreatedAt);
        Assert.Equal(JwkThumbprint.Compute(rsa.ExportParameters(false)), material.KeyId);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", material.KeyId);
    }

    [Fact]
    public void Create_Es256_P256NamedByThumbprint()
    {
        var material = SigningKeyFactory.Create(SigningAlgorithm.ES256, DateTimeOffset.UnixEpoch);

        using var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(material.PrivateKeyPkcs8, out _);
        var parameters = ecdsa.ExportParameters(false);
        Assert.Equal("1.2.840.10045.3.1.7", parameters.Curve.Oid.Value);
        Assert.Equal(JwkThumbprint.Compute(parameters), material.KeyId);
    }

    [Fact]
    public void Create_Twice_DifferentKeys()
    {
        var a = SigningKeyFactory.Create(SigningAlgorithm.ES256, DateTimeOffset.UnixEpoch);
        var b = SigningKeyFactory.Create(SigningAlgorithm.ES256, DateTimeOffset.UnixEpoch);

        Assert.NotEqual(a.KeyId, b.KeyId);
    }

    [Fact]
    public void Create_UnknownAlgorithm_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SigningKeyFactory.Create((SigningAlgorithm)99, DateTimeOffset.UnixEpoch));
    }
}
