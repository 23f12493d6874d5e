using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.UserPools;

namespace Cluster.Protocol.CognitoIdp.Groups;

/// <summary>GetGroup.</summary>
public sealed class GetGroupHandler(UserPoolLookup pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var poolId = request.Input.Required("UserPoolId");
        var pool = pools.Find(poolId, out var error);
        if (pool is null)
        {
            return error!;
        }

        var result = await pool.GetGroupAsync(request.Input.Required("GroupName"));
        return result.IsSuccess
            ? OperationResult.Ok(new { Group = GroupTypeWriter.Write(result.Value!, poolId) })
            : result.Error!;
    }
}
