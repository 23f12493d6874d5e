using Cluster.Abstractions.Errors;
using Microsoft.Extensions.Options;

namespace Cluster.Protocol.IdentityProviders;

/// <summary>
/// Verifies a token from a public provider of an identity pool's <c>SupportedLoginProviders</c>, whose value
/// (<paramref name="appId"/> below) is the app id the token must be issued to; several may be given, comma-separated.
/// Google and Apple send OpenID Connect ID tokens (<c>aud</c> = app id); Facebook and Amazon send access tokens,
/// checked with the provider's API. Twitter and Digits are not supported.
/// </summary>
public sealed class PublicLoginVerifier(OidcTokenValidator validator, IdentityProviderHttp http, IOptions<IdentityProviderOptions> options)
{
    public Task<Result<ExternalLogin>> VerifyAsync(string providerName, string appId, string token, CancellationToken ct)
    {
        var appIds = appId.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (appIds.Length == 0 || string.IsNullOrEmpty(token))
        {
            return Task.FromResult(Result<ExternalLogin>.Fail(LoginTokenErrors.InvalidAccessToken()));
        }

        var settings = options.Value;
        return providerName switch
        {
            PublicLoginProviders.Google =>
                validator.ValidateAsync(OidcIssuer.FromIssuerUrl(providerName, settings.GoogleIssuer), appIds, token, ct),
            PublicLoginProviders.Apple =>
                validator.ValidateAsync(OidcIssuer.FromIssuerUrl(providerName, settings.AppleIssuer), appIds, token, ct),
            PublicLoginProviders.Facebook =>
                new FacebookTokenVerifier(http.Client, settings.FacebookGraphUrl.TrimEnd('/')).VerifyAsync(appIds, token, ct),
            PublicLoginProviders.Amazon =>
                new AmazonTokenVerifier(http.Client, settings.AmazonApiUrl.TrimEnd('/')).VerifyAsync(appIds, token, ct),
            _ => Task.FromResult(Result<ExternalLogin>.Fail(LoginTokenErrors.UnsupportedProvider(providerName))),
        };
    }
}
