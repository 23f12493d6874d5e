using Cluster.Domain.UserPools;

namespace Cluster.Protocol.CognitoIdentity;

/// <summary>
/// Names of user pools as identity-pool login providers: AWS's <c>cognito-idp.{region}.amazonaws.com/{poolId}</c>,
/// or this service's own issuer without its scheme (<c>auth.example.com/{poolId}</c>). Both name one pool.
/// </summary>
public static class CognitoProviderNames
{
    private const string Prefix = "cognito-idp.";

    /// <summary>The user pool id a provider name ends with, or null when the name is not a user pool's.</summary>
    public static string? PoolIdOf(string providerName)
    {
        var slash = providerName.LastIndexOf('/');
        if (slash <= 0 || slash == providerName.Length - 1)
        {
            return null;
        }

        var poolId = providerName[(slash + 1)..];
        return UserPoolIds.RegionOf(poolId) is null ? null : poolId;
    }

    public static string Canonical(string poolId) => $"{Prefix}{UserPoolIds.RegionOf(poolId)}.amazonaws.com/{poolId}";

    public static bool IsAwsForm(string providerName) => providerName.StartsWith(Prefix, StringComparison.Ordinal);
}
