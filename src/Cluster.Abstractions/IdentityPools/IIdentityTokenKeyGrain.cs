using Cluster.Abstractions.UserPools;

namespace Cluster.Abstractions.IdentityPools;

/// <summary>The keys that sign this service's OpenID tokens (one grain, key <c>default</c>), sealed at rest, rotated by age.</summary>
[Alias("Cluster.IIdentityTokenKeyGrain")]
public interface IIdentityTokenKeyGrain : IGrainWithStringKey
{
    /// <summary>The keys, the signing one first; created on first use.</summary>
    [Alias("GetKeys")]
    Task<IReadOnlyList<SigningKeyRecord>> GetKeysAsync();
}
