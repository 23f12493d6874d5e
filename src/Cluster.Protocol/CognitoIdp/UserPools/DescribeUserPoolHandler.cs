using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.UserPools;

/// <summary>DescribeUserPool.</summary>
public sealed class DescribeUserPoolHandler(UserPoolLookup pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var pool = pools.Find(request.Input.GetProperty("UserPoolId").GetString()!, out var error);
        if (pool is null)
        {
            return error!;
        }

        var result = await pool.DescribeAsync();
        return result.IsSuccess
            ? OperationResult.Ok(new { UserPool = UserPoolTypeWriter.Write(result.Value!) })
            : result.Error!;
    }
}
