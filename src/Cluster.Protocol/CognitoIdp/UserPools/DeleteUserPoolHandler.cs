using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.UserPools;

/// <summary>DeleteUserPool: refused while deletion protection is active.</summary>
public sealed class DeleteUserPoolHandler(UserPoolLookup pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var pool = pools.Find(request.Input.GetProperty("UserPoolId").GetString()!, out var error);
        if (pool is null)
        {
            return error!;
        }

        var result = await pool.DeleteAsync();
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
