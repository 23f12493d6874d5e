using Cluster.Domain.Hashing;

namespace Cluster.Abstractions.IdentityPools;

/// <summary>Grain keys of the identity-pool grains.</summary>
public static class IdentityKeys
{
    public const int DirectoryShards = 256;

    public const string Catalog = "catalog";

    /// <summary>The provider name apps use for this service's own OpenID tokens (developer and basic flows).</summary>
    public const string CognitoIdentityProvider = "cognito-identity.amazonaws.com";

    public static string Login(string identityPoolId, LinkedLogin login) => $"{identityPoolId}/{login.Provider}/{login.Subject}";

    public static string DirectoryShard(string identityPoolId, string identityId) =>
        $"{identityPoolId}/{ShardHash.Fnv1a(identityId) % DirectoryShards}";

    public static string DirectoryShard(string identityPoolId, int shard) => $"{identityPoolId}/{shard}";
}
