using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.UserPools;

namespace Cluster.Protocol.CognitoIdp.Clients;

/// <summary>DeleteUserPoolClient: the client id stops resolving to the pool for public operations too.</summary>
public sealed class DeleteUserPoolClientHandler(UserPoolLookup pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var pool = pools.Find(request.Input.Required("UserPoolId"), out var error);
        if (pool is null)
        {
            return error!;
        }

        var result = await pool.DeleteClientAsync(request.Input.Required("ClientId"));
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
