using Cluster.Abstractions.UserPools;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.UserPools;

namespace Cluster.Protocol.CognitoIdp.Groups;

/// <summary>CreateGroup: names are unique within the pool (GroupExistsException otherwise).</summary>
public sealed class CreateGroupHandler(UserPoolLookup pools) : IOperationHandler
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

        // The grain stamps both dates.
        var group = new GroupSettings(input.Required("GroupName"), input.Str("Description"), input.Str("RoleArn"), input.Number("Precedence"), default, default);
        var result = await pool.CreateGroupAsync(group);
        return result.IsSuccess
            ? OperationResult.Ok(new { Group = GroupTypeWriter.Write(result.Value!, poolId) })
            : result.Error!;
    }
}
