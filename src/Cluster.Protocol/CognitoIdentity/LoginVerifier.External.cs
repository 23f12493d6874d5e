using Cluster.Abstractions.Errors;
using Cluster.Abstractions.IdentityPools;

namespace Cluster.Protocol.CognitoIdentity;

/// <summary>Logins from providers outside this service: public providers, IAM OIDC providers, SAML providers.</summary>
public sealed partial class LoginVerifier
{
    private Task<Result<VerifiedLogin>> VerifyExternalAsync(IdentityPoolRuntime pool, string provider, string token, CancellationToken cancellation)
    {
        _ = (pool, provider, token, cancellation);
        return Task.FromResult(Result<VerifiedLogin>.Fail(UnsupportedProvider));
    }
}
