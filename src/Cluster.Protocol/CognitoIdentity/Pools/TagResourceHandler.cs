using Cluster.Abstractions.Errors;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Pools;

/// <summary>TagResource on an identity pool ARN.</summary>
public sealed class TagResourceHandler(IdentityPoolFinder pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var arn = request.Input.Required("ResourceArn");
        if (pools.PoolIdOfArn(arn) is not { } id)
        {
            return IdentityError.InvalidParameter($"{arn} is not an identity pool ARN of this service.");
        }

        var tagged = await pools.Grain(id).TagAsync(request.Input.Map("Tags"));
        return tagged.IsSuccess ? OperationResult.Empty : tagged.Error!;
    }
}
