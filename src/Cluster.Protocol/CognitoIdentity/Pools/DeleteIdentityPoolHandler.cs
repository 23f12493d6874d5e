using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Pools;

/// <summary>DeleteIdentityPool: the pool goes; its identities can no longer be issued anything.</summary>
public sealed class DeleteIdentityPoolHandler(IdentityPoolFinder pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var deleted = await pools.Grain(request.Input.Required("IdentityPoolId")).DeleteAsync();
        return deleted.IsSuccess ? OperationResult.Empty : deleted.Error!;
    }
}
