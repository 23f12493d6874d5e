using System.Buffers.Text;
using System.Security.Cryptography;
using Cluster.Domain.Tokens;

namespace Cluster.Domain.Tests.Tokens;

public sealed class JwkThumbprintTests
{
    [Fact]
    public void Compute_Rfc7638Example_KnownThumbprint()
    {
        // RFC 7638, section 3.1.
        var parameters = new RSAParameters
        {
            Modulus = Base64Url.DecodeFromChars(
                "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw"),
            Exponent = Base64Url.DecodeFromChars("AQAB"),
        };

        Assert.Equal("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs", JwkThumbprint.Compute(parameters));
    }

    [Fact]
    public void Compute_Rfc7517EcExample_MatchesIndependentHash()
    {
        // Key from RFC 7517, appendix A.1; thumbprint hashed separately with Python's hashlib over the RFC 7638 form.
        var parameters = new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint
            {
                X = Base64Url.DecodeFromChars("MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4"),
                Y = Base64Url.DecodeFromChars("4Etl6SRW2YilurN5ZMw0rwNRe3VSFF1jYRoeGvpq7Y0"),
            },
        };

        Assert.Equal("IVNhTYA3J2kGLeNWN3PuAQjKKFqObco54L8JjnuCyJs", JwkThumbprint.Compute(parameters));
    }

    [Fact]
    public void Compute_ExponentWithLeadingZero_SameAsWithout()
    {
        var modulus = new byte[] { 0xC1, 0x02, 0x03 };

        Assert.Equal(
            JwkThumbprint.Compute(new RSAParameters { Modulus = modulus, Exponent = [0x01, 0x00, 0x01] }),
            JwkThumbprint.Compute(new RSAParameters { Modulus = modulus, Exponent = [0x00, 0x01, 0x00, 0x01] }));
    }
}
