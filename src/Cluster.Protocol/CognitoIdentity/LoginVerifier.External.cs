using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Iam;
using Cluster.Abstractions.IdentityPools;
using Cluster.Domain.Credentials;
using Cluster.Protocol.IdentityProviders;

namespace Cluster.Protocol.CognitoIdentity;

/// <summary>
/// Logins from providers outside this service, by how the pool names them: a public provider of
/// SupportedLoginProviders (its key), an IAM OIDC provider (its URL, as in the ARN), or an IAM SAML provider (its ARN).
/// </summary>
public sealed partial class LoginVerifier
{
    private async Task<Result<VerifiedLogin>> VerifyExternalAsync(IdentityPoolRuntime pool, string provider, string token, CancellationToken cancellation)
    {
        Result<ExternalLogin>? verified = null;
        if (pool.Settings.SupportedLoginProviders.TryGetValue(provider, out var appId))
        {
            verified = await publicProviders.VerifyAsync(provider, appId, token, cancellation);
        }
        else if (pool.Settings.OpenIdConnectProviderArns.FirstOrDefault(arn => string.Equals(IamArns.OidcProviderUrl(arn), provider, StringComparison.OrdinalIgnoreCase)) is { } oidcArn)
        {
            var record = await grains.GetGrain<IOidcProviderGrain>(IamArns.OidcProviderUrl(oidcArn)!.ToLowerInvariant()).GetAsync();
            verified = record is null ? UnsupportedProvider : await oidcProviders.VerifyAsync(record, token, cancellation);
        }
        else if (pool.Settings.SamlProviderArns.Contains(provider, StringComparer.Ordinal))
        {
            var record = await grains.GetGrain<ISamlProviderGrain>(IamArns.SamlProviderName(provider)!).GetAsync();
            verified = record is null ? UnsupportedProvider : samlProviders.Verify(record, token, time.GetUtcNow());
        }

        if (verified is null)
        {
            return UnsupportedProvider;
        }

        return verified.IsSuccess ? new VerifiedLogin(provider, verified.Value!.Subject, verified.Value.Claims) : verified.Error!;
    }
}
