using System.Security.Cryptography;

namespace Cluster.Domain.UserPools;

/// <summary>Pool ids in Cognito's form: <c>{region}_{9 letters and digits}</c>, e.g. <c>us-east-1_AbC123xyz</c>.</summary>
public static class UserPoolIds
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const int SuffixLength = 9;

    public static string New(string region) =>
        $"{region}_{RandomNumberGenerator.GetString(Alphabet, SuffixLength)}";

    /// <summary>The region part of a well-formed pool id, or null.</summary>
    public static string? RegionOf(string poolId)
    {
        var underscore = poolId.LastIndexOf('_');
        return underscore > 0 ? poolId[..underscore] : null;
    }

    public static string Arn(string region, string accountId, string poolId) =>
        $"arn:aws:cognito-idp:{region}:{accountId}:userpool/{poolId}";
}
