namespace Cluster.Abstractions.UserPools;

/// <summary>
/// The per-silo cache of pool runtimes: a million sign-ins read settings, clients and keys from here, not from
/// the single pool grain. Entries are at most about a second stale; the silo that changes a pool drops its entry.
/// </summary>
public interface IUserPoolContextCache
{
    /// <summary>The pool's context, or null when the pool does not exist.</summary>
    ValueTask<UserPoolContext?> GetAsync(string poolId);

    /// <summary>The pool a client belongs to, or null for an unknown client.</summary>
    ValueTask<string?> FindPoolOfClientAsync(string clientId);

    void Invalidate(string poolId);
}
