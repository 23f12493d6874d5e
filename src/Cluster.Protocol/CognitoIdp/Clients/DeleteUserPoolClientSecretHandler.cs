using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.UserPools;

namespace Cluster.Protocol.CognitoIdp.Clients;

/// <summary>DeleteUserPoolClientSecret: ends a rotation; the last secret of a client cannot go.</summary>
public sealed class DeleteUserPoolClientSecretHandler(UserPoolLookup pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var pool = pools.Find(input.Required("UserPoolId"), out var error);
        if (pool is null)
        {
            return error!;
        }

        var result = await pool.DeleteClientSecretAsync(input.Required("ClientId"), input.Required("ClientSecretId"));
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
