using Cluster.Abstractions.Errors;

namespace Cluster.Abstractions.Iam;

/// <summary>
/// The OIDC or SAML providers of the account, for their List operations (key <see cref="IamKeys.OidcProviderDirectory"/>
/// or <see cref="IamKeys.SamlProviderDirectory"/>). Written only by provider grains.
/// </summary>
[Alias("Cluster.IIamProviderDirectoryGrain")]
public interface IIamProviderDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Lists a new provider; LimitExceeded at IAM's quota of providers of one kind.</summary>
    [Alias("Add")]
    Task<Result<Unit>> AddAsync(IamProviderEntry provider);

    [Alias("Remove")]
    Task RemoveAsync(string arn);

    [Alias("List")]
    Task<IReadOnlyList<IamProviderEntry>> ListAsync();
}
