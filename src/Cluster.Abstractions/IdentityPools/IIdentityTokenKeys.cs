using Cluster.Domain.Tokens;

namespace Cluster.Abstractions.IdentityPools;

/// <summary>The per-silo view of the OpenID token keys, for signing (identity grains) and verifying (STS, logins, JWKS).</summary>
public interface IIdentityTokenKeys
{
    /// <summary>The <c>iss</c> of this service's OpenID tokens: <c>{public base URL}/cognito-identity</c>.</summary>
    string Issuer { get; }

    ValueTask<SigningKeySet> GetAsync();
}
