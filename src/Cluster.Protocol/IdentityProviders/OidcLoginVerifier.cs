using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Iam;
using Microsoft.Extensions.Options;

namespace Cluster.Protocol.IdentityProviders;

/// <summary>
/// Verifies an ID token from an IAM OpenID Connect provider (the Logins key is the provider URL). The issuer is
/// <c>https://{Url}</c> (also <c>http://</c> when <see cref="IdentityProviderOptions.AllowInsecureHttp"/>), and the
/// token's <c>aud</c> must be one of the provider's client ids: like AWS, a provider with no client ids accepts
/// no token.
/// </summary>
public sealed class OidcLoginVerifier(OidcTokenValidator validator, IOptions<IdentityProviderOptions> options)
{
    public Task<Result<ExternalLogin>> VerifyAsync(OidcProviderRecord provider, string token, CancellationToken ct)
    {
        var issuer = OidcIssuer.FromProviderUrl(provider.Url, provider.Url, options.Value.AllowInsecureHttp);
        return validator.ValidateAsync(issuer, provider.ClientIds.ToArray(), token, ct);
    }
}
