using Cluster.Abstractions.Errors;

namespace Cluster.Abstractions.Iam;

/// <summary>One IAM SAML provider, keyed by its name.</summary>
[Alias("Cluster.ISamlProviderGrain")]
public interface ISamlProviderGrain : IGrainWithStringKey
{
    /// <summary>The provider, or null when it does not exist.</summary>
    [Alias("Get")]
    Task<SamlProviderRecord?> GetAsync();

    /// <summary>Creates the provider after checking its metadata; EntityAlreadyExists when it exists.</summary>
    [Alias("Create")]
    Task<Result<SamlProviderRecord>> CreateAsync(NewSamlProvider provider);

    [Alias("Describe")]
    Task<Result<SamlProviderDescription>> DescribeAsync();

    [Alias("Delete")]
    Task<Result<Unit>> DeleteAsync();
}
