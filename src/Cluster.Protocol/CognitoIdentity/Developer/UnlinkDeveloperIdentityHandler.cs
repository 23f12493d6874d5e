using Cluster.Abstractions.IdentityPools;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Developer;

/// <summary>UnlinkDeveloperIdentity: the developer user id no longer names the identity.</summary>
public sealed class UnlinkDeveloperIdentityHandler(IdentityPoolFinder pools, IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var pool = await pools.GetAsync(request.Input.Required("IdentityPoolId"));
        if (!pool.IsSuccess)
        {
            return pool.Error!;
        }

        var login = DeveloperLogins.Of(pool.Value!, request.Input.Required("DeveloperProviderName"), request.Input.Required("DeveloperUserIdentifier"));
        if (!login.IsSuccess)
        {
            return login.Error!;
        }

        var dropped = await grains.GetGrain<IIdentityGrain>(request.Input.Required("IdentityId")).DropLoginAsync(login.Value!);
        return dropped.IsSuccess ? OperationResult.Empty : dropped.Error!;
    }
}
