using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.UserPools;

/// <summary>UpdateUserPool: replaces the pool's settings; members not given go back to Cognito's defaults.</summary>
public sealed class UpdateUserPoolHandler(UserPoolLookup pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var pool = pools.Find(request.Input.Required("UserPoolId"), out var error);
        if (pool is null)
        {
            return error!;
        }

        // The grain keeps the stored name, schema and sign-in attributes whatever is passed here.
        var settings = UserPoolSettingsReader.Read(request.Input, request.Input.Str("PoolName") ?? string.Empty);
        var result = await pool.UpdateAsync(settings);
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
