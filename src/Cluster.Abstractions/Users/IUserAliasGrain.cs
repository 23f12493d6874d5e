namespace Cluster.Abstractions.Users;

/// <summary>
/// One sign-in name of a pool, keyed <c>{poolId}/{kind}/{normalized value}</c> (kind: username, email,
/// phone_number, preferred_username): which user holds it. Reserve-then-commit makes two concurrent sign-ups
/// for one name end with exactly one owner.
/// </summary>
[Alias("Cluster.IUserAliasGrain")]
public interface IUserAliasGrain : IGrainWithStringKey
{
    /// <summary>True when the name is now reserved for <paramref name="sub"/> (or already was).</summary>
    [Alias("Reserve")]
    Task<bool> ReserveAsync(string sub);

    [Alias("Commit")]
    Task CommitAsync(string sub);

    /// <summary>Frees the name if <paramref name="sub"/> holds it.</summary>
    [Alias("Release")]
    Task ReleaseAsync(string sub);

    /// <summary>The sub of the committed owner, or null.</summary>
    [Alias("Resolve")]
    Task<string?> ResolveAsync();
}
