namespace Cluster.Abstractions.Iam;

/// <summary>One IAM SAML provider, keyed by its name.</summary>
[Alias("Cluster.ISamlProviderGrain")]
public interface ISamlProviderGrain : IGrainWithStringKey
{
    /// <summary>The provider, or null when it does not exist.</summary>
    [Alias("Get")]
    Task<SamlProviderRecord?> GetAsync();
}
