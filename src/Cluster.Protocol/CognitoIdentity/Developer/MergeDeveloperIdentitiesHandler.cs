using Cluster.Abstractions.Errors;
using Cluster.Abstractions.IdentityPools;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Developer;

/// <summary>MergeDeveloperIdentities: the source user's identity is merged into the destination user's.</summary>
public sealed class MergeDeveloperIdentitiesHandler(IdentityPoolFinder pools, IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var pool = await pools.GetAsync(request.Input.Required("IdentityPoolId"));
        if (!pool.IsSuccess)
        {
            return pool.Error!;
        }

        var provider = request.Input.Required("DeveloperProviderName");
        var source = DeveloperLogins.Of(pool.Value!, provider, request.Input.Required("SourceUserIdentifier"));
        var destination = DeveloperLogins.Of(pool.Value!, provider, request.Input.Required("DestinationUserIdentifier"));
        if (!source.IsSuccess || !destination.IsSuccess)
        {
            return (source.Error ?? destination.Error)!;
        }

        var sourceId = await grains.GetGrain<IIdentityLoginGrain>(IdentityKeys.Login(pool.Value!.IdentityPoolId, source.Value!)).ResolveAsync();
        var destinationId = await grains.GetGrain<IIdentityLoginGrain>(IdentityKeys.Login(pool.Value.IdentityPoolId, destination.Value!)).ResolveAsync();
        if (sourceId is null || destinationId is null)
        {
            return IdentityError.NotFound("Both developer user identifiers must be linked to identities.");
        }

        var merged = await grains.GetGrain<IIdentityGrain>(sourceId).MergeIntoAsync(destinationId);
        return merged.IsSuccess ? OperationResult.Ok(new { IdentityId = destinationId }) : merged.Error!;
    }
}
