using System.Security.Claims;
using Cluster.Abstractions.Errors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Cluster.Protocol.IdentityProviders;

/// <summary>
/// Checks an OpenID Connect ID token against its issuer: shape, <c>iss</c>, <c>aud</c>, <c>exp</c>/<c>nbf</c>, then
/// the signature with the issuer's published keys (re-read once when the token names a key not yet seen).
/// Shared by IAM OIDC providers and the public OIDC providers (Google, Apple).
/// </summary>
public sealed partial class OidcTokenValidator(
    OidcConfigurationCache configurations,
    IOptions<IdentityProviderOptions> options,
    TimeProvider time,
    ILogger<OidcTokenValidator> logger)
{
    /// <summary>Asymmetric algorithms only: no <c>none</c>, no HMAC (whose "secret" would be the public key).</summary>
    private static readonly string[] AllowedAlgorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    /// <summary>Far above any real ID token; bounds the parsing work a caller can ask for.</summary>
    private const int MaxTokenLength = 64 * 1024;

    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public async Task<Result<ExternalLogin>> ValidateAsync(
        OidcIssuer issuer,
        IReadOnlyCollection<string> audiences,
        string token,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength || !handler.CanReadToken(token))
        {
            return LoginTokenErrors.NotOidcToken();
        }

        JsonWebToken jwt;
        try
        {
            jwt = handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return LoginTokenErrors.NotOidcToken();
        }

        var claimsCheck = CheckClaims(jwt, issuer, audiences);
        if (claimsCheck is not null)
        {
            return claimsCheck;
        }

        var discoveryUrl = issuer.DiscoveryUrlByIssuer[jwt.Issuer];
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await configurations.GetAsync(discoveryUrl, cancellationToken);
            if (!string.IsNullOrEmpty(jwt.Kid) && !HasKey(configuration, jwt.Kid))
            {
                // A key we have not seen: the provider may have rotated. Rate-limited inside the cache.
                configuration = await configurations.RefreshAsync(discoveryUrl, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogProviderUnreachable(logger, issuer.ProviderName, exception);
            return LoginTokenErrors.ProviderUnreachable(issuer.ProviderName);
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuers = issuer.DiscoveryUrlByIssuer.Keys,
            ValidAudiences = audiences,
            ValidateLifetime = false, // checked above against TimeProvider, with AWS's message
            RequireSignedTokens = true,
            ValidAlgorithms = AllowedAlgorithms,
            IssuerSigningKeys = configuration.SigningKeys,
            TryAllIssuerSigningKeys = string.IsNullOrEmpty(jwt.Kid),
            ValidateIssuerSigningKey = false,
        };
        var validation = await handler.ValidateTokenAsync(jwt, parameters);
        if (!validation.IsValid)
        {
            return LoginTokenErrors.SignatureNotVerified();
        }

        return new ExternalLogin(issuer.ProviderName, jwt.Subject, ClaimsOf(jwt.Claims));
    }

    private IdentityError? CheckClaims(JsonWebToken jwt, OidcIssuer issuer, IReadOnlyCollection<string> audiences)
    {
        if (jwt.IsEncrypted || !AllowedAlgorithms.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            return LoginTokenErrors.SignatureNotVerified();
        }

        if (string.IsNullOrEmpty(jwt.Issuer) || !issuer.DiscoveryUrlByIssuer.ContainsKey(jwt.Issuer))
        {
            return LoginTokenErrors.IssuerMismatch();
        }

        var tokenAudiences = jwt.Audiences.ToList();
        if (tokenAudiences.Count == 0)
        {
            return LoginTokenErrors.MissingClaim("aud");
        }

        if (!tokenAudiences.Any(audience => audiences.Contains(audience, StringComparer.Ordinal)))
        {
            return LoginTokenErrors.IncorrectAudience();
        }

        if (string.IsNullOrEmpty(jwt.Subject))
        {
            return LoginTokenErrors.MissingClaim("sub");
        }

        if (!jwt.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out var expiry))
        {
            return LoginTokenErrors.MissingClaim("exp");
        }

        var skew = (long)options.Value.ClockSkew.TotalSeconds;
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        if (now >= expiry + skew)
        {
            return LoginTokenErrors.Expired(now, expiry);
        }

        if (jwt.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Nbf, out var notBefore) && now + skew < notBefore)
        {
            return LoginTokenErrors.NotYetValid();
        }

        return null;
    }

    private static bool HasKey(OpenIdConnectConfiguration configuration, string keyId) =>
        configuration.SigningKeys.Any(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal));

    private static Dictionary<string, string[]> ClaimsOf(IEnumerable<Claim> claims) =>
        claims.GroupBy(claim => claim.Type, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(claim => claim.Value).ToArray(), StringComparer.Ordinal);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Login provider {Provider} could not be read")]
    private static partial void LogProviderUnreachable(ILogger logger, string provider, Exception exception);
}
