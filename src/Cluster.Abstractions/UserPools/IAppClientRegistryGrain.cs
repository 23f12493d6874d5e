namespace Cluster.Abstractions.UserPools;

/// <summary>
/// Keyed by client id: which pool the client belongs to. Public operations name only the client, so this is
/// how a SignUp finds its pool; the answer never changes, so silos cache it.
/// </summary>
[Alias("Cluster.IAppClientRegistryGrain")]
public interface IAppClientRegistryGrain : IGrainWithStringKey
{
    [Alias("Register")]
    Task RegisterAsync(string poolId);

    [Alias("Unregister")]
    Task UnregisterAsync();

    [Alias("GetPool")]
    Task<string?> GetPoolAsync();
}
