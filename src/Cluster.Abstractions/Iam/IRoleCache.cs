namespace Cluster.Abstractions.Iam;

/// <summary>Per-silo roles with parsed policies, for credential issuance (trust) and request authorization (permissions).</summary>
public interface IRoleCache
{
    /// <summary>The role named by <paramref name="roleArn"/>, or null when there is no such role (or the ARN names another path).</summary>
    ValueTask<ParsedRole?> GetAsync(string roleArn);
}
