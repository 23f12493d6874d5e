namespace Cluster.Abstractions.Iam;

/// <summary>One IAM OIDC provider, keyed by its URL without scheme, lower case (e.g. <c>accounts.google.com</c>).</summary>
[Alias("Cluster.IOidcProviderGrain")]
public interface IOidcProviderGrain : IGrainWithStringKey
{
    /// <summary>The provider, or null when it does not exist.</summary>
    [Alias("Get")]
    Task<OidcProviderRecord?> GetAsync();
}
