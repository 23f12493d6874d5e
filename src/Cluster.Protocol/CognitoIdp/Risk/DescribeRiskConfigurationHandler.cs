using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.UserPools;

namespace Cluster.Protocol.CognitoIdp.Risk;

/// <summary>DescribeRiskConfiguration: a client's own configuration, else the pool's.</summary>
public sealed class DescribeRiskConfigurationHandler(UserPoolLookup pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var poolId = input.Required("UserPoolId");
        var pool = pools.Find(poolId, out var error);
        if (pool is null)
        {
            return error!;
        }

        var clientId = input.Str("ClientId");
        var result = await pool.GetRiskConfigAsync(clientId);
        return result.IsSuccess
            ? OperationResult.Ok(new JsonObject { ["RiskConfiguration"] = RiskConfigurationWriter.Write(poolId, clientId, result.Value) })
            : result.Error!;
    }
}
