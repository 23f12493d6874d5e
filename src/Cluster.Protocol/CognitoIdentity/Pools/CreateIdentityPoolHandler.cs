using Cluster.Domain.IdentityPools;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Pools;

/// <summary>CreateIdentityPool.</summary>
public sealed class CreateIdentityPoolHandler(IdentityPoolFinder pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (settings, error) = IdentityPoolWire.ReadSettings(request.Input);
        if (settings is null)
        {
            return error!;
        }

        var created = await pools.Grain(IdentityPoolIds.New(pools.Region)).CreateAsync(settings);
        return created.IsSuccess ? OperationResult.Ok(IdentityPoolWire.Write(created.Value!)) : created.Error!;
    }
}
