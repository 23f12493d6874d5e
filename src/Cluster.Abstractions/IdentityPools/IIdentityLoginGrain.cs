namespace Cluster.Abstractions.IdentityPools;

/// <summary>
/// One login of one identity pool, keyed <c>{identityPoolId}/{provider}/{subject}</c>: the identity it belongs to.
/// A single activation serialises claims, so concurrent GetId calls for one login agree on one identity.
/// </summary>
[Alias("Cluster.IIdentityLoginGrain")]
public interface IIdentityLoginGrain : IGrainWithStringKey
{
    /// <summary>The identity the login belongs to, or null.</summary>
    [Alias("Resolve")]
    Task<string?> ResolveAsync();

    /// <summary>Assigns the login to <paramref name="identityId"/> unless it already belongs to one; returns the owner.</summary>
    [Alias("Claim")]
    Task<string> ClaimAsync(string identityId);

    /// <summary>Frees the login if <paramref name="identityId"/> holds it.</summary>
    [Alias("Release")]
    Task ReleaseAsync(string identityId);

    /// <summary>Moves the login to <paramref name="identityId"/> whoever held it; returns the previous owner.</summary>
    [Alias("Reassign")]
    Task<string?> ReassignAsync(string identityId);
}
