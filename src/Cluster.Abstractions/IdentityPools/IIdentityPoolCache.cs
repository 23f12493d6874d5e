namespace Cluster.Abstractions.IdentityPools;

/// <summary>The per-silo cache of identity pools: credential issuance reads pools here, at most about a second stale.</summary>
public interface IIdentityPoolCache
{
    /// <summary>The pool, or null when it does not exist.</summary>
    ValueTask<IdentityPoolRuntime?> GetAsync(string identityPoolId);

    void Invalidate(string identityPoolId);
}
