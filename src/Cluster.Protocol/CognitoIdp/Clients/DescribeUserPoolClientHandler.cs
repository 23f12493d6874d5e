using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.UserPools;

namespace Cluster.Protocol.CognitoIdp.Clients;

/// <summary>DescribeUserPoolClient: the client with its newest secret, as Cognito shows it to admins.</summary>
public sealed class DescribeUserPoolClientHandler(UserPoolLookup pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var pool = pools.Find(request.Input.Required("UserPoolId"), out var error);
        if (pool is null)
        {
            return error!;
        }

        var result = await pool.DescribeClientAsync(request.Input.Required("ClientId"));
        return result.IsSuccess
            ? OperationResult.Ok(new { UserPoolClient = UserPoolClientTypeWriter.Write(result.Value!) })
            : result.Error!;
    }
}
