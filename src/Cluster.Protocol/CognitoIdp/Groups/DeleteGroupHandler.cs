using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.UserPools;

namespace Cluster.Protocol.CognitoIdp.Groups;

/// <summary>DeleteGroup: membership lives on each user, so only the pool's list of groups changes here.</summary>
public sealed class DeleteGroupHandler(UserPoolLookup pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var pool = pools.Find(request.Input.Required("UserPoolId"), out var error);
        if (pool is null)
        {
            return error!;
        }

        var result = await pool.DeleteGroupAsync(request.Input.Required("GroupName"));
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
