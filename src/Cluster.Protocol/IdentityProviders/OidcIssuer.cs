namespace Cluster.Protocol.IdentityProviders;

/// <summary>
/// An OpenID Connect issuer as tokens may name it: each accepted <c>iss</c> value with the discovery document
/// that publishes its keys (Google, for one, issues both <c>https://accounts.google.com</c> and the bare host).
/// </summary>
/// <param name="ProviderName">The Logins key, used in the verified login and in error messages.</param>
/// <param name="DiscoveryUrlByIssuer">Accepted <c>iss</c> value to its <c>.well-known/openid-configuration</c> URL.</param>
public sealed record OidcIssuer(string ProviderName, IReadOnlyDictionary<string, string> DiscoveryUrlByIssuer)
{
    private const string DiscoveryPath = "/.well-known/openid-configuration";

    /// <summary>An IAM OIDC provider URL (no scheme): https, and http too when insecure HTTP is allowed.</summary>
    public static OidcIssuer FromProviderUrl(string providerName, string providerUrl, bool allowInsecureHttp)
    {
        var trimmed = providerUrl.Trim().TrimEnd('/');
        var issuers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["https://" + trimmed] = "https://" + trimmed + DiscoveryPath,
        };
        if (allowInsecureHttp)
        {
            issuers["http://" + trimmed] = "http://" + trimmed + DiscoveryPath;
        }

        return new OidcIssuer(providerName, issuers);
    }

    /// <summary>A public provider's configured issuer URL, also accepted in its scheme-less form.</summary>
    public static OidcIssuer FromIssuerUrl(string providerName, string issuerUrl)
    {
        var issuer = issuerUrl.TrimEnd('/');
        var discovery = issuer + DiscoveryPath;
        var issuers = new Dictionary<string, string>(StringComparer.Ordinal) { [issuer] = discovery };
        var schemeless = new Uri(issuer).GetComponents(UriComponents.HostAndPort | UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/');
        issuers.TryAdd(schemeless, discovery);
        return new OidcIssuer(providerName, issuers);
    }
}
