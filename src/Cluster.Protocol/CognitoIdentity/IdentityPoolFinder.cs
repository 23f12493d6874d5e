using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.IdentityPools;
using Cluster.Domain.IdentityPools;
using Microsoft.Extensions.Options;

namespace Cluster.Protocol.CognitoIdentity;

/// <summary>Finds identity pools: the grain for admin operations, the per-silo cache for the public ones.</summary>
public sealed class IdentityPoolFinder(IGrainFactory grains, IIdentityPoolCache cache, IOptions<ServiceOptions> options)
{
    public string Region => options.Value.Region;

    public IIdentityPoolGrain Grain(string identityPoolId) => grains.GetGrain<IIdentityPoolGrain>(identityPoolId);

    public IIdentityPoolCatalogGrain Catalog() => grains.GetGrain<IIdentityPoolCatalogGrain>(IdentityKeys.Catalog);

    public async Task<Result<IdentityPoolRuntime>> GetAsync(string identityPoolId)
    {
        var pool = IdentityPoolIds.RegionOf(identityPoolId) == options.Value.Region ? await cache.GetAsync(identityPoolId) : null;
        return pool is null ? NotFound(identityPoolId) : pool;
    }

    public static IdentityError NotFound(string identityPoolId) => IdentityError.NotFound($"IdentityPool '{identityPoolId}' not found.");

    public string Arn(string identityPoolId) => IdentityPoolIds.Arn(options.Value.Region, options.Value.AccountId, identityPoolId);

    /// <summary>The pool id of an identity pool ARN of this deployment, or null.</summary>
    public string? PoolIdOfArn(string arn)
    {
        var prefix = $"arn:aws:cognito-identity:{options.Value.Region}:{options.Value.AccountId}:identitypool/";
        return arn.StartsWith(prefix, StringComparison.Ordinal) && arn.Length > prefix.Length ? arn[prefix.Length..] : null;
    }
}
