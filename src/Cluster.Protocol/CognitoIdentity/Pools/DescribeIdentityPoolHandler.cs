using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Pools;

/// <summary>DescribeIdentityPool.</summary>
public sealed class DescribeIdentityPoolHandler(IdentityPoolFinder pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var id = request.Input.Required("IdentityPoolId");
        var pool = await pools.Grain(id).GetAsync();
        return pool is null ? IdentityPoolFinder.NotFound(id) : OperationResult.Ok(IdentityPoolWire.Write(pool));
    }
}
