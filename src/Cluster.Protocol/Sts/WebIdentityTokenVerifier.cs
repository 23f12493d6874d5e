using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Iam;
using Cluster.Abstractions.IdentityPools;
using Cluster.Domain.Tokens;
using Cluster.Protocol.CognitoIdentity;
using Cluster.Protocol.IdentityProviders;

namespace Cluster.Protocol.Sts;

/// <summary>
/// Verifies AssumeRoleWithWebIdentity's token: this service's own OpenID tokens (GetOpenIdToken, the basic flow),
/// whose trust-policy provider is <c>cognito-identity.amazonaws.com</c>, or a token of an IAM OIDC provider named
/// by its issuer.
/// </summary>
public sealed class WebIdentityTokenVerifier(IIdentityTokenKeys ownKeys, OidcLoginVerifier oidc, IGrainFactory grains, TimeProvider time)
{
    public const string InvalidIdentityToken = "InvalidIdentityToken";
    public const string ExpiredToken = "ExpiredTokenException";

    public async Task<Result<WebIdentity>> VerifyAsync(string token, CancellationToken cancellation)
    {
        var issuer = UnverifiedIssuer(token);
        if (issuer is null)
        {
            return Invalid("The web identity token is not a JWT.");
        }

        if (issuer == ownKeys.Issuer)
        {
            var read = (await ownKeys.GetAsync()).Verify(token);
            if (!read.IsValid || TokenClaims.ReadString(read.Payload!, "sub") is not { } sub || TokenClaims.ReadString(read.Payload!, "aud") is not { } aud)
            {
                return Invalid("The web identity token that was passed could not be validated. Get a new identity token from the identity provider and then retry the request.");
            }

            return TokenClaims.IsExpired(read.Payload!, time.GetUtcNow())
                ? new IdentityError(ExpiredToken, "Token expired.")
                : new WebIdentity(IdentityKeys.CognitoIdentityProvider, sub, aud, LoginVerifier.Claims(read.Payload!));
        }

        var url = issuer.StartsWith("https://", StringComparison.Ordinal) ? issuer[8..] : issuer.StartsWith("http://", StringComparison.Ordinal) ? issuer[7..] : issuer;
        var provider = await grains.GetGrain<IOidcProviderGrain>(url.TrimEnd('/').ToLowerInvariant()).GetAsync();
        if (provider is null)
        {
            return Invalid($"No OpenIDConnect provider found in your account for {issuer}.");
        }

        var verified = await oidc.VerifyAsync(provider, token, cancellation);
        if (!verified.IsSuccess)
        {
            return verified.Error!.Message.StartsWith("Token expired", StringComparison.Ordinal)
                ? new IdentityError(ExpiredToken, verified.Error.Message)
                : Invalid(verified.Error.Message);
        }

        var claims = verified.Value!.Claims;
        return new WebIdentity(provider.Url, verified.Value.Subject, claims.GetValueOrDefault("aud") is [var audience, ..] ? audience : string.Empty, claims);
    }

    private static IdentityError Invalid(string message) => new(InvalidIdentityToken, message);

    /// <summary>Only to choose the verifier; the signature check that follows is what makes it true.</summary>
    private static string? UnverifiedIssuer(string token) =>
        UnverifiedJwt.Payload(token) is { } payload ? TokenClaims.ReadString(payload, "iss") : null;
}
