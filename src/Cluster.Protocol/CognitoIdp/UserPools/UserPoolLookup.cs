using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.UserPools;
using Cluster.Domain.UserPools;
using Microsoft.Extensions.Options;

namespace Cluster.Protocol.CognitoIdp.UserPools;

/// <summary>Finds the grain of a pool id, refusing ids of another region before any grain activates.</summary>
public sealed class UserPoolLookup(IGrainFactory grains, IOptions<ServiceOptions> options)
{
    public string Region => options.Value.Region;

    public IUserPoolGrain? Find(string poolId, out IdentityError? error)
    {
        if (UserPoolIds.RegionOf(poolId) != options.Value.Region)
        {
            error = IdentityError.NotFound($"User pool {poolId} does not exist.");
            return null;
        }

        error = null;
        return grains.GetGrain<IUserPoolGrain>(poolId);
    }

    public IUserPoolGrain New() => grains.GetGrain<IUserPoolGrain>(UserPoolIds.New(options.Value.Region));

    public IUserPoolCatalogGrain Catalog() => grains.GetGrain<IUserPoolCatalogGrain>(options.Value.Region);
}
