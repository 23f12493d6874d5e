using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.UserPools;

/// <summary>CreateUserPool: a new pool id in this region, settings checked by the pool grain.</summary>
public sealed class CreateUserPoolHandler(UserPoolLookup pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var settings = UserPoolSettingsReader.Read(request.Input);
        var result = await pools.New().CreateAsync(settings);
        return result.IsSuccess
            ? OperationResult.Ok(new { UserPool = UserPoolTypeWriter.Write(result.Value!) })
            : result.Error!;
    }
}
