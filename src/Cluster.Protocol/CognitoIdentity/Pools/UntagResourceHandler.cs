using Cluster.Abstractions.Errors;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Pools;

/// <summary>UntagResource on an identity pool ARN.</summary>
public sealed class UntagResourceHandler(IdentityPoolFinder pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var arn = request.Input.Required("ResourceArn");
        if (pools.PoolIdOfArn(arn) is not { } id)
        {
            return IdentityError.InvalidParameter($"{arn} is not an identity pool ARN of this service.");
        }

        var untagged = await pools.Grain(id).UntagAsync(request.Input.Strings("TagKeys") ?? []);
        return untagged.IsSuccess ? OperationResult.Empty : untagged.Error!;
    }
}
