using Cluster.Abstractions.Errors;

namespace Cluster.Abstractions.IdentityPools;

/// <summary>One identity pool, keyed by its id (<c>{region}:{uuid}</c>): settings, roles, mappings, tag maps.</summary>
[Alias("Cluster.IIdentityPoolGrain")]
public interface IIdentityPoolGrain : IGrainWithStringKey
{
    [Alias("Create")]
    Task<Result<IdentityPoolRuntime>> CreateAsync(IdentityPoolSettings settings);

    /// <summary>The pool, or null when it does not exist.</summary>
    [Alias("Get")]
    Task<IdentityPoolRuntime?> GetAsync();

    /// <summary>The version of the pool's snapshot; 0 when the pool does not exist.</summary>
    [Alias("GetVersion")]
    Task<long> GetVersionAsync();

    /// <summary>Replaces the settings; tags are kept (UpdateIdentityPool leaves them to TagResource).</summary>
    [Alias("Update")]
    Task<Result<IdentityPoolRuntime>> UpdateAsync(IdentityPoolSettings settings);

    [Alias("Delete")]
    Task<Result<Unit>> DeleteAsync();

    [Alias("SetRoles")]
    Task<Result<Unit>> SetRolesAsync(IdentityPoolRoles roles);

    [Alias("SetPrincipalTagMap")]
    Task<Result<PrincipalTagMapping>> SetPrincipalTagMapAsync(string providerName, PrincipalTagMapping mapping);

    [Alias("Tag")]
    Task<Result<Unit>> TagAsync(IReadOnlyDictionary<string, string> tags);

    [Alias("Untag")]
    Task<Result<Unit>> UntagAsync(IReadOnlyList<string> tagKeys);
}
