namespace Cluster.Protocol.IdentityProviders;

/// <summary>
/// How external login tokens are verified, section <c>IdentityProviders</c>: time tolerance, HTTP limits, and the
/// base URLs of the public providers (overridable so tests and air-gapped deployments can point them elsewhere).
/// </summary>
public sealed class IdentityProviderOptions
{
    public const string Section = "IdentityProviders";

    /// <summary>
    /// Accept <c>http://</c> issuers, discovery documents and provider URLs. Default false: tests and loopback only.
    /// <c>IdentityProviders__AllowInsecureHttp</c>.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>Tolerance on exp/nbf and SAML NotBefore/NotOnOrAfter. Default 60 s. <c>IdentityProviders__ClockSkew</c>.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Timeout of one call to a provider (discovery, JWKS, Graph, Login with Amazon). Default 10 s.</summary>
    public TimeSpan HttpTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest provider reply read into memory. Default 1 MiB.</summary>
    public int MaxResponseBytes { get; set; } = 1024 * 1024;

    /// <summary>How often discovery and JWKS are re-read without being asked. Default 12 h (at least 5 minutes).</summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// Least time between two re-reads forced by an unknown <c>kid</c>, so a flood of tokens with made-up key ids
    /// cannot hammer the provider. Default 5 minutes. <c>IdentityProviders__KeyRefreshMinimumInterval</c>.
    /// </summary>
    public TimeSpan KeyRefreshMinimumInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Issuer of Google ID tokens (<c>accounts.google.com</c>); discovery under it. Default https://accounts.google.com.</summary>
    public string GoogleIssuer { get; set; } = "https://accounts.google.com";

    /// <summary>Issuer of Sign in with Apple ID tokens (<c>appleid.apple.com</c>). Default https://appleid.apple.com.</summary>
    public string AppleIssuer { get; set; } = "https://appleid.apple.com";

    /// <summary>Facebook Graph API base (<c>graph.facebook.com</c>). Default https://graph.facebook.com.</summary>
    public string FacebookGraphUrl { get; set; } = "https://graph.facebook.com";

    /// <summary>Login with Amazon API base (<c>www.amazon.com</c>: tokeninfo and profile). Default https://api.amazon.com.</summary>
    public string AmazonApiUrl { get; set; } = "https://api.amazon.com";

    /// <summary>Audience a SAML assertion must name. Default urn:amazon:webservices, AWS's audience for SAML federation.</summary>
    public string SamlAudience { get; set; } = "urn:amazon:webservices";

    /// <summary>Largest decoded SAML response accepted. Default 256 KiB. <c>IdentityProviders__MaxSamlResponseBytes</c>.</summary>
    public int MaxSamlResponseBytes { get; set; } = 256 * 1024;
}
