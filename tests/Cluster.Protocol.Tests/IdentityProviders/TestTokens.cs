using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cluster.Protocol.Tests.IdentityProviders;

/// <summary>ID tokens as a provider (or an attacker) would mint them.</summary>
internal static class TestTokens
{
    public static string Create(
        SecurityKey key,
        string issuer,
        string audience,
        string subject = "user-1",
        DateTime? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256,
        IDictionary<string, object>? claims = null)
    {
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(10);
        var issued = expiry.AddMinutes(-20);
        var payload = new Dictionary<string, object>(claims ?? new Dictionary<string, object>()) { ["sub"] = subject };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = issued,
            NotBefore = issued,
            Expires = expiry,
            Claims = payload,
            SigningCredentials = new SigningCredentials(key, algorithm),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>An <c>alg: none</c> token: header and payload, empty signature.</summary>
    public static string Unsigned(string issuer, string audience, string kid)
    {
        var header = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new { alg = "none", typ = "JWT", kid }));
        var payload = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new
        {
            iss = issuer,
            aud = audience,
            sub = "attacker",
            exp = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds(),
        }));
        return $"{header}.{payload}.";
    }

    /// <summary>The classic confusion: HS256 keyed with the provider's public JWKS text, under the real kid.</summary>
    public static string HmacWithPublicKey(RsaSecurityKey publicKey, string issuer, string audience)
    {
        var secret = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(FakeLoginProvider.JwksOf(publicKey))) { KeyId = publicKey.KeyId };
        return Create(secret, issuer, audience, subject: "attacker", algorithm: SecurityAlgorithms.HmacSha256);
    }
}
