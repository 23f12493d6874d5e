using Cluster.Abstractions.Errors;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Pools;

/// <summary>ListTagsForResource on an identity pool ARN.</summary>
public sealed class ListTagsForResourceHandler(IdentityPoolFinder pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var arn = request.Input.Required("ResourceArn");
        if (pools.PoolIdOfArn(arn) is not { } id)
        {
            return IdentityError.InvalidParameter($"{arn} is not an identity pool ARN of this service.");
        }

        var pool = await pools.Grain(id).GetAsync();
        return pool is null ? IdentityPoolFinder.NotFound(id) : OperationResult.Ok(new { Tags = IdentityPoolWire.Map(pool.Settings.Tags) });
    }
}
