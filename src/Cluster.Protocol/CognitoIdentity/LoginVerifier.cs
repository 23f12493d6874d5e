using System.Text.Json;
using System.Text.Json.Nodes;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.IdentityPools;
using Cluster.Abstractions.UserPools;
using Cluster.Abstractions.Users;
using Cluster.Domain.Errors;
using Cluster.Domain.Tokens;

namespace Cluster.Protocol.CognitoIdentity;

/// <summary>
/// Verifies the <c>Logins</c> map of a cognito-identity request against what the identity pool trusts: its user
/// pool clients, this service's own OpenID tokens, and the external providers.
/// </summary>
public sealed partial class LoginVerifier(
    IUserPoolContextCache userPools,
    IIdentityTokenKeys tokenKeys,
    IdentityProviders.OidcLoginVerifier oidcProviders,
    IdentityProviders.PublicLoginVerifier publicProviders,
    IdentityProviders.SamlLoginVerifier samlProviders,
    IGrainFactory grains,
    TimeProvider time)
{
    private static readonly IdentityError UnsupportedProvider = Invalid("Token is not from a supported provider of this identity pool.");

    public async Task<Result<IReadOnlyList<VerifiedLogin>>> VerifyAsync(IdentityPoolRuntime pool, IReadOnlyDictionary<string, string> logins, CancellationToken cancellation)
    {
        var verified = new List<VerifiedLogin>(logins.Count);
        foreach (var (provider, token) in logins)
        {
            var result = await VerifyOneAsync(pool, provider, token, cancellation);
            if (!result.IsSuccess)
            {
                return result.Error!;
            }

            verified.Add(result.Value!);
        }

        return verified;
    }

    private async Task<Result<VerifiedLogin>> VerifyOneAsync(IdentityPoolRuntime pool, string provider, string token, CancellationToken cancellation)
    {
        if (provider == IdentityKeys.CognitoIdentityProvider)
        {
            return await VerifyOwnTokenAsync(pool, token);
        }

        if (CognitoProviderNames.PoolIdOf(provider) is { } userPoolId &&
            pool.Settings.CognitoIdentityProviders.Where(p => CognitoProviderNames.PoolIdOf(p.ProviderName) == userPoolId).ToList() is { Count: > 0 } links)
        {
            return await VerifyUserPoolTokenAsync(userPoolId, links, token);
        }

        return await VerifyExternalAsync(pool, provider, token, cancellation);
    }

    /// <summary>An ID token of a linked user pool: signature, issuer, use, audience (a linked client), expiry, not revoked.</summary>
    private async Task<Result<VerifiedLogin>> VerifyUserPoolTokenAsync(string userPoolId, IReadOnlyList<CognitoProviderLink> links, string token)
    {
        var context = await userPools.GetAsync(userPoolId);
        if (context is null)
        {
            return Invalid("The user pool of this token does not exist.");
        }

        var read = context.SigningKeys.Verify(token);
        if (!read.IsValid)
        {
            return Invalid("Invalid signature or malformed token.");
        }

        var payload = read.Payload!;
        var audience = TokenClaims.ReadString(payload, "aud");
        if (TokenClaims.ReadString(payload, "iss") != context.Issuer || TokenClaims.ReadString(payload, "token_use") != "id" ||
            TokenClaims.ReadString(payload, "sub") is not { } sub || TokenClaims.ReadLong(payload, "iat") is not { } issuedAt)
        {
            return Invalid("Not a valid ID token of this user pool.");
        }

        if (audience is null || !links.Any(l => l.ClientId == audience))
        {
            return Invalid("Token is not from a supported provider of this identity pool.");
        }

        if (TokenClaims.IsExpired(payload, time.GetUtcNow()))
        {
            return Invalid("Token expired.");
        }

        // Signed out, disabled, deleted or its refresh family revoked: the user grain says so.
        var user = await grains.GetGrain<IUserGrain>(UserKeys.User(userPoolId, sub))
            .GetAsync(new AccessCheck(issuedAt, TokenClaims.ReadString(payload, "origin_jti"), audience));
        if (!user.IsSuccess)
        {
            return Invalid("The token has been revoked.");
        }

        return new VerifiedLogin(CognitoProviderNames.Canonical(userPoolId), sub, Claims(payload));
    }

    /// <summary>An OpenID token this service issued for an identity of this pool (developer and basic flows).</summary>
    private async Task<Result<VerifiedLogin>> VerifyOwnTokenAsync(IdentityPoolRuntime pool, string token)
    {
        var keys = await tokenKeys.GetAsync();
        var read = keys.Verify(token);
        if (!read.IsValid)
        {
            return Invalid("Invalid signature or malformed token.");
        }

        var payload = read.Payload!;
        if (TokenClaims.ReadString(payload, "iss") != tokenKeys.Issuer || TokenClaims.ReadString(payload, "aud") != pool.IdentityPoolId ||
            TokenClaims.ReadString(payload, "sub") is not { } identityId)
        {
            return Invalid("The token was not issued for this identity pool.");
        }

        if (TokenClaims.IsExpired(payload, time.GetUtcNow()))
        {
            return Invalid("Token expired.");
        }

        return new VerifiedLogin(IdentityKeys.CognitoIdentityProvider, identityId, Claims(payload));
    }

    /// <summary>A token's claims as strings (arrays kept as several values), for role rules and principal tags.</summary>
    public static IReadOnlyDictionary<string, string[]> Claims(JsonObject payload)
    {
        var claims = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, value) in payload)
        {
            claims[name] = value switch
            {
                JsonArray array => array.Select(Text).OfType<string>().ToArray(),
                null => [],
                _ => Text(value) is { } text ? [text] : [],
            };
        }

        return claims;
    }

    private static string? Text(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value => value.ToJsonString(),
        JsonObject obj => obj.ToJsonString(),
        _ => null,
    };

    private static IdentityError Invalid(string why) => new(ErrorCodes.NotAuthorized, $"Invalid login token. {why}");
}
