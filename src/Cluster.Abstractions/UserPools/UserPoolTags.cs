namespace Cluster.Abstractions.UserPools;

/// <summary>Pool tags this service reads as settings, for options Cognito's API has no member for.</summary>
public static class UserPoolTags
{
    /// <summary><c>RS256</c> (default, as Cognito) or <c>ES256</c> for faster signing.</summary>
    public const string SigningAlgorithm = "cognito-cluster:signing-algorithm";
}
