using Cluster.Abstractions.Errors;

namespace Cluster.Abstractions.IdentityPools;

/// <summary>
/// One identity, keyed by its id (<c>{region}:{uuid}</c>): its linked logins, and what it is issued — temporary
/// credentials for the role its pool picks, and OpenID tokens.
/// </summary>
[Alias("Cluster.IIdentityGrain")]
public interface IIdentityGrain : IGrainWithStringKey
{
    /// <summary>Creates the identity in <paramref name="identityPoolId"/> if it does not exist, and links <paramref name="login"/>.</summary>
    [Alias("Ensure")]
    Task<Result<IdentityView>> EnsureAsync(string identityPoolId, LinkedLogin? login);

    [Alias("Describe")]
    Task<Result<IdentityView>> DescribeAsync();

    /// <summary>Credentials for the logins the caller verified (none for a guest) and the role the pool picks.</summary>
    [Alias("GetCredentials")]
    Task<Result<IssuedCredentials>> GetCredentialsAsync(IReadOnlyList<VerifiedLogin> logins, string? customRoleArn);

    /// <summary>An OpenID token for the identity (the basic flow, and developer-authenticated identities).</summary>
    [Alias("GetOpenIdToken")]
    Task<Result<IssuedOpenIdToken>> GetOpenIdTokenAsync(IReadOnlyList<VerifiedLogin> logins, IReadOnlyDictionary<string, string> principalTags, TimeSpan lifetime);

    /// <summary>Removes the logins of <paramref name="providers"/>; the caller proves it holds the identity with <paramref name="proof"/>.</summary>
    [Alias("Unlink")]
    Task<Result<Unit>> UnlinkAsync(IReadOnlyList<VerifiedLogin> proof, IReadOnlyList<string> providers);

    /// <summary>Removes one login and frees it (UnlinkDeveloperIdentity).</summary>
    [Alias("DropLogin")]
    Task<Result<Unit>> DropLoginAsync(LinkedLogin login);

    /// <summary>Moves every login of this identity to <paramref name="destinationIdentityId"/> (MergeDeveloperIdentities).</summary>
    [Alias("MergeInto")]
    Task<Result<Unit>> MergeIntoAsync(string destinationIdentityId);

    /// <summary>Links a login that its login grain already assigned to this identity.</summary>
    [Alias("AddLogin")]
    Task<Result<Unit>> AddLoginAsync(LinkedLogin login);

    [Alias("Delete")]
    Task<Result<Unit>> DeleteAsync();
}
