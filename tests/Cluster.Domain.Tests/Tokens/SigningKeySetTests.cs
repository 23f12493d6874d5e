using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cluster.Domain.Tokens;

namespace Cluster.Domain.Tests.Tokens;

public sealed class SigningKeySetTests
{
    public static TheoryData<SigningAlgorithm> Algorithms => new() { SigningAlgorithm.RS256, SigningAlgorithm.ES256 };

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Sign_ThenVerify_ReturnsSamePayload(SigningAlgorithm algorithm)
    {
        using var keys = Single(algorithm);
        var payload = SamplePayload();

        var result = keys.Verify(keys.Sign(payload));

        Assert.True(result.IsValid, result.Failure);
        Assert.Null(result.Failure);
        Assert.True(JsonNode.DeepEquals(payload, result.Payload));
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Sign_Header_IsKidThenAlgWithoutTyp(SigningAlgorithm algorithm)
    {
        using var keys = Single(algorithm);

        var jwt = keys.Sign(SamplePayload());

        var header = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(jwt.Split('.')[0]));
        Assert.Equal($$"""{"kid":"{{keys.ActiveKeyId}}","alg":"{{algorithm}}"}""", header);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Sign_Token_IsUnpaddedBase64UrlInThreeParts(SigningAlgorithm algorithm)
    {
        using var keys = Single(algorithm);

        var jwt = keys.Sign(SamplePayload());

        Assert.Matches("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$", jwt);
        var signatureSize = Base64Url.DecodeFromChars(jwt.Split('.')[2]).Length;
        Assert.Equal(algorithm == SigningAlgorithm.RS256 ? 256 : 64, signatureSize);
    }

    [Fact]
    public void Sign_PayloadWithPlusAndNonAscii_WrittenUnescaped()
    {
        using var keys = Single(SigningAlgorithm.ES256);

        var jwt = keys.Sign(new JsonObject { ["email"] = "a+b@exämple.com" });

        var json = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(jwt.Split('.')[1]));
        Assert.Equal("""{"email":"a+b@exämple.com"}""", json);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Sign_VerifiedIndependentlyFromJwks_True(SigningAlgorithm algorithm)
    {
        using var keys = Single(algorithm);

        var jwt = keys.Sign(SamplePayload());

        Assert.True(JwksVerifier.Verify(keys.JwksJson(), jwt));
    }

    [Fact]
    public void Sign_IndependentVerifierWithOtherKeysJwks_False()
    {
        using var signer = Single(SigningAlgorithm.RS256);
        using var other = new SigningKeySet([TestSigningKeys.Second(SigningAlgorithm.RS256)]);
        var jwt = signer.Sign(SamplePayload());

        // Same kid, other key's n/e: proves the independent check really depends on the JWKS key material.
        var forgedJwks = other.JwksJson().Replace(other.ActiveKeyId, signer.ActiveKeyId, StringComparison.Ordinal);

        Assert.False(JwksVerifier.Verify(forgedJwks, jwt));
    }

    [Fact]
    public void JwksJson_Rsa_CognitoMemberOrder()
    {
        using var keys = Single(SigningAlgorithm.RS256);

        var key = Assert.Single(Keys(keys.JwksJson()));

        Assert.Equal(["alg", "e", "kid", "kty", "n", "use"], key.EnumerateObject().Select(p => p.Name));
        Assert.Equal("RS256", key.GetProperty("alg").GetString());
        Assert.Equal("AQAB", key.GetProperty("e").GetString());
        Assert.Equal(keys.ActiveKeyId, key.GetProperty("kid").GetString());
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.Equal(256, Base64Url.DecodeFromChars(key.GetProperty("n").GetString()).Length);
        Assert.Equal("sig", key.GetProperty("use").GetString());
    }

    [Fact]
    public void JwksJson_Ec_MemberOrderAndFixedSizeCoordinates()
    {
        using var keys = Single(SigningAlgorithm.ES256);

        var key = Assert.Single(Keys(keys.JwksJson()));

        Assert.Equal(["alg", "crv", "kid", "kty", "use", "x", "y"], key.EnumerateObject().Select(p => p.Name));
        Assert.Equal("ES256", key.GetProperty("alg").GetString());
        Assert.Equal("P-256", key.GetProperty("crv").GetString());
        Assert.Equal("EC", key.GetProperty("kty").GetString());
        Assert.Equal(32, Base64Url.DecodeFromChars(key.GetProperty("x").GetString()).Length);
        Assert.Equal(32, Base64Url.DecodeFromChars(key.GetProperty("y").GetString()).Length);
    }

    [Fact]
    public void JwksJson_KeyRing_ListsEveryKeyActiveFirst()
    {
        using var keys = Ring(SigningAlgorithm.RS256);

        var kids = Keys(keys.JwksJson()).Select(k => k.GetProperty("kid").GetString());

        Assert.Equal([TestSigningKeys.Second(SigningAlgorithm.RS256).KeyId, TestSigningKeys.First(SigningAlgorithm.RS256).KeyId], kids);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Verify_TokenFromOlderKeyStillInRing_Valid(SigningAlgorithm algorithm)
    {
        using var before = Single(algorithm);
        var jwt = before.Sign(SamplePayload());
        using var after = Ring(algorithm);

        Assert.True(after.Verify(jwt).IsValid);
        Assert.NotEqual(before.ActiveKeyId, after.ActiveKeyId);
        Assert.Equal(after.ActiveKeyId, Kid(after.Sign(SamplePayload())));
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Verify_TokenFromKeyDroppedFromRing_UnknownKid(SigningAlgorithm algorithm)
    {
        using var before = Single(algorithm);
        using var later = new SigningKeySet([TestSigningKeys.Second(algorithm)]);

        var result = later.Verify(before.Sign(SamplePayload()));

        Assert.False(result.IsValid);
        Assert.Null(result.Payload);
        Assert.Equal("unknown kid", result.Failure);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Verify_PayloadChanged_SignatureMismatch(SigningAlgorithm algorithm)
    {
        using var keys = Single(algorithm);
        var parts = keys.Sign(SamplePayload()).Split('.');
        var forged = SamplePayload();
        forged["sub"] = "someone-else";

        var result = keys.Verify($"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(forged.ToJsonString()))}.{parts[2]}");

        Assert.False(result.IsValid);
        Assert.Equal("signature mismatch", result.Failure);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Verify_SignatureBitFlipped_SignatureMismatch(SigningAlgorithm algorithm)
    {
        using var keys = Single(algorithm);
        var parts = keys.Sign(SamplePayload()).Split('.');
        var signature = Base64Url.DecodeFromChars(parts[2]);
        signature[10] ^= 0x01;

        var result = keys.Verify($"{parts[0]}.{parts[1]}.{Base64Url.EncodeToString(signature)}");

        Assert.Equal("signature mismatch", result.Failure);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Verify_HeaderKidSwappedToOtherKnownKey_Fails(SigningAlgorithm algorithm)
    {
        using var ring = Ring(algorithm);
        var parts = ring.Sign(SamplePayload()).Split('.');
        var otherKid = TestSigningKeys.First(algorithm).KeyId;

        var result = ring.Verify($"{Header(otherKid, algorithm.ToString())}.{parts[1]}.{parts[2]}");

        Assert.Equal("signature mismatch", result.Failure);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Verify_UnknownKid_Fails(SigningAlgorithm algorithm)
    {
        using var keys = Single(algorithm);
        var parts = keys.Sign(SamplePayload()).Split('.');

        var result = keys.Verify($"{Header("no-such-key", algorithm.ToString())}.{parts[1]}.{parts[2]}");

        Assert.Equal("unknown kid", result.Failure);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("HS256")]
    [InlineData("ES256")]
    [InlineData("RS512")]
    [InlineData("rs256")]
    public void Verify_AlgOtherThanKeys_Fails(string alg)
    {
        using var keys = Single(SigningAlgorithm.RS256);
        var parts = keys.Sign(SamplePayload()).Split('.');

        var result = keys.Verify($"{Header(keys.ActiveKeyId, alg)}.{parts[1]}.{parts[2]}");

        Assert.False(result.IsValid);
        Assert.Equal("alg does not match the key", result.Failure);
    }

    [Fact]
    public void Verify_AlgNoneWithEmptySignature_Fails()
    {
        using var keys = Single(SigningAlgorithm.RS256);
        var parts = keys.Sign(SamplePayload()).Split('.');

        Assert.False(keys.Verify($"{Header(keys.ActiveKeyId, "none")}.{parts[1]}.").IsValid);
        Assert.False(keys.Verify($"{Header(keys.ActiveKeyId, "none")}.{parts[1]}").IsValid);
    }

    [Fact]
    public void Verify_HmacWithPublicKeyAsSecret_Fails()
    {
        // The classic alg-confusion forgery: HS256 keyed with the public key text.
        using var keys = Single(SigningAlgorithm.RS256);
        var head = Header(keys.ActiveKeyId, "HS256");
        var body = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(SamplePayload().ToJsonString()));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(keys.JwksJson()), Encoding.ASCII.GetBytes($"{head}.{body}"));

        Assert.False(keys.Verify($"{head}.{body}.{Base64Url.EncodeToString(mac)}").IsValid);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Verify_Truncated_Fails(SigningAlgorithm algorithm)
    {
        using var keys = Single(algorithm);
        var jwt = keys.Sign(SamplePayload());

        for (var length = 0; length < jwt.Length; length += 7)
        {
            Assert.False(keys.Verify(jwt[..length]).IsValid);
        }

        Assert.False(keys.Verify(jwt[..^1]).IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("a.b.c")]
    [InlineData("a.b.c.d")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9")]
    [InlineData("!!!.???.***")]
    [InlineData("e30.e30.AAAA")]
    public void Verify_Garbage_FailsWithoutThrowing(string jwt)
    {
        using var keys = Single(SigningAlgorithm.ES256);

        Assert.False(keys.Verify(jwt).IsValid);
    }

    [Fact]
    public void Verify_Null_Fails()
    {
        using var keys = Single(SigningAlgorithm.ES256);

        Assert.False(keys.Verify(null!).IsValid);
    }

    [Theory]
    [InlineData("""["kid","alg"]""")]
    [InlineData("""{"kid":"K","alg":"ES256","kid":"K"}""")]
    [InlineData("""{"kid":"K","alg":"ES256","crit":["exp"]}""")]
    [InlineData("""{"kid":1,"alg":"ES256"}""")]
    [InlineData("""{"alg":"ES256"}""")]
    [InlineData("""{"kid":"K","alg":"ES256"} trailing""")]
    [InlineData("{\"kid\":\"K\",\"alg\":\"ES256\"")]
    public void Verify_BadHeaderJson_Fails(string headerTemplate)
    {
        using var keys = Single(SigningAlgorithm.ES256);
        var parts = keys.Sign(SamplePayload()).Split('.');
        var header = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(headerTemplate.Replace("\"K\"", $"\"{keys.ActiveKeyId}\"", StringComparison.Ordinal)));

        Assert.False(keys.Verify($"{header}.{parts[1]}.{parts[2]}").IsValid);
    }

    [Fact]
    public void Verify_SignedPayloadNotAnObject_Fails()
    {
        // Signed by a genuine key: only the JSON shape is wrong.
        var material = TestSigningKeys.First(SigningAlgorithm.ES256);
        using var keys = new SigningKeySet([material]);
        var head = Header(material.KeyId, "ES256");

        foreach (var body in new[] { "[1,2]", "\"text\"", "{\"a\":1,\"a\":2}", "{not json" })
        {
            var encoded = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(body));
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportPkcs8PrivateKey(material.PrivateKeyPkcs8, out _);
            var signature = ecdsa.SignData(Encoding.ASCII.GetBytes($"{head}.{encoded}"), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

            Assert.False(keys.Verify($"{head}.{encoded}.{Base64Url.EncodeToString(signature)}").IsValid, body);
        }
    }

    [Fact]
    public void Verify_SignatureWithNonCanonicalTrailingBits_Fails()
    {
        using var keys = Single(SigningAlgorithm.ES256);
        var parts = keys.Sign(SamplePayload()).Split('.');

        // 64 bytes is 86 characters, the last carrying 2 unused bits: set them.
        var last = parts[2][^1];
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var altered = parts[2][..^1] + alphabet[alphabet.IndexOf(last, StringComparison.Ordinal) | 1];

        Assert.NotEqual(parts[2], altered);
        Assert.False(keys.Verify($"{parts[0]}.{parts[1]}.{altered}").IsValid);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void SignAndVerify_ManyThreadsAtOnce_AllTokensValid(SigningAlgorithm algorithm)
    {
        using var keys = Ring(algorithm);
        var failures = new ConcurrentBag<string>();

        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var payload = new JsonObject { ["sub"] = $"user-{i}", ["n"] = i };
            var result = keys.Verify(keys.Sign(payload));
            if (!result.IsValid || TokenClaims.ReadString(result.Payload!, "sub") != $"user-{i}")
            {
                failures.Add($"{i}: {result.Failure}");
            }
        });

        Assert.Empty(failures);
    }

    [Fact]
    public void Constructor_NoKeys_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SigningKeySet([]));
    }

    [Fact]
    public void Constructor_DuplicateKid_Throws()
    {
        var material = TestSigningKeys.First(SigningAlgorithm.ES256);

        Assert.Throws<ArgumentException>(() => new SigningKeySet([material, material]));
    }

    [Fact]
    public void Constructor_KeyOfOtherAlgorithm_Throws()
    {
        var ec = TestSigningKeys.First(SigningAlgorithm.ES256);

        Assert.ThrowsAny<CryptographicException>(() => new SigningKeySet([ec with { Algorithm = SigningAlgorithm.RS256 }]));
    }

    [Fact]
    public void Constructor_EcKeyOnOtherCurve_Throws()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var material = new SigningKeyMaterial("p384", SigningAlgorithm.ES256, p384.ExportPkcs8PrivateKey(), DateTimeOffset.UnixEpoch);

        Assert.Throws<ArgumentException>(() => new SigningKeySet([material]));
    }

    [Fact]
    public void Constructor_SmallRsaKey_Throws()
    {
        using var rsa = RSA.Create(1024);
        var material = new SigningKeyMaterial("weak", SigningAlgorithm.RS256, rsa.ExportPkcs8PrivateKey(), DateTimeOffset.UnixEpoch);

        Assert.Throws<ArgumentException>(() => new SigningKeySet([material]));
    }

    [Fact]
    public void Sign_AfterDispose_Throws()
    {
        var keys = Single(SigningAlgorithm.ES256);
        keys.Dispose();

        Assert.Throws<ObjectDisposedException>(() => keys.Sign(SamplePayload()));
    }

    private static SigningKeySet Single(SigningAlgorithm algorithm) => new([TestSigningKeys.First(algorithm)]);

    private static SigningKeySet Ring(SigningAlgorithm algorithm) => new([TestSigningKeys.Second(algorithm), TestSigningKeys.First(algorithm)]);

    private static JsonObject SamplePayload() => new()
    {
        ["sub"] = "3f1c1a52-0d6e-4e43-9f0a-1b2c3d4e5f60",
        ["iss"] = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_example",
        ["token_use"] = "access",
        ["scope"] = "aws.cognito.signin.user.admin",
        ["auth_time"] = 1700000000,
        ["exp"] = 1700003600L,
        ["iat"] = 1700000000,
        ["cognito:groups"] = new JsonArray("admins", "users"),
    };

    private static string Header(string kid, string alg) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($$"""{"kid":"{{kid}}","alg":"{{alg}}"}"""));

    private static string Kid(string jwt)
    {
        using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(jwt.Split('.')[0]));
        return header.RootElement.GetProperty("kid").GetString()!;
    }

    private static JsonElement[] Keys(string jwks)
    {
        using var document = JsonDocument.Parse(jwks);
        Assert.Equal(["keys"], document.RootElement.EnumerateObject().Select(p => p.Name));
        return document.RootElement.GetProperty("keys").EnumerateArray().Select(k => k.Clone()).ToArray();
    }
}
