using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.UserPools;

namespace Cluster.Protocol.CognitoIdp.Groups;

/// <summary>UpdateGroup: unlike the pool and client updates, only the members given change.</summary>
public sealed class UpdateGroupHandler(UserPoolLookup pools) : IOperationHandler
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

        var result = await pool.UpdateGroupAsync(input.Required("GroupName"), input.Str("Description"), input.Str("RoleArn"), input.Number("Precedence"));
        return result.IsSuccess
            ? OperationResult.Ok(new { Group = GroupTypeWriter.Write(result.Value!, poolId) })
            : result.Error!;
    }
}
