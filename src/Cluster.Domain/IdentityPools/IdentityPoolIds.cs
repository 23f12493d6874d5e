namespace Cluster.Domain.IdentityPools;

/// <summary>Identity pool and identity ids in Cognito's form: <c>{region}:{uuid}</c>.</summary>
public static class IdentityPoolIds
{
    public static string New(string region) => $"{region}:{Guid.NewGuid():D}";

    /// <summary>The region part of an id, or null when it has none.</summary>
    public static string? RegionOf(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? id[..colon] : null;
    }

    public static string Arn(string region, string accountId, string identityPoolId) =>
        $"arn:aws:cognito-identity:{region}:{accountId}:identitypool/{identityPoolId}";
}
