using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.UserPools;

namespace Cluster.Protocol.CognitoIdp.Mfa;

/// <summary>GetUserPoolMfaConfig.</summary>
public sealed class GetUserPoolMfaConfigHandler(UserPoolLookup pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var pool = pools.Find(request.Input.Required("UserPoolId"), out var error);
        if (pool is null)
        {
            return error!;
        }

        var result = await pool.DescribeAsync();
        return result.IsSuccess ? OperationResult.Ok(UserPoolMfaConfigWriter.Write(result.Value!.Settings)) : result.Error!;
    }
}
