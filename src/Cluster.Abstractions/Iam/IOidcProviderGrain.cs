using Cluster.Abstractions.Errors;

namespace Cluster.Abstractions.Iam;

/// <summary>One IAM OIDC provider, keyed by its URL without scheme, lower case (e.g. <c>accounts.google.com</c>).</summary>
[Alias("Cluster.IOidcProviderGrain")]
public interface IOidcProviderGrain : IGrainWithStringKey
{
    /// <summary>The provider, or null when it does not exist.</summary>
    [Alias("Get")]
    Task<OidcProviderRecord?> GetAsync();

    /// <summary>Creates the provider; EntityAlreadyExists when it exists, so concurrent creates have one winner.</summary>
    [Alias("Create")]
    Task<Result<OidcProviderRecord>> CreateAsync(NewOidcProvider provider);

    [Alias("Describe")]
    Task<Result<OidcProviderDescription>> DescribeAsync();

    [Alias("Delete")]
    Task<Result<Unit>> DeleteAsync();
}
