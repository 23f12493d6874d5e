using Cluster.Abstractions.IdentityPools;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Identities;

/// <summary>DescribeIdentity.</summary>
public sealed class DescribeIdentityHandler(IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var described = await grains.GetGrain<IIdentityGrain>(request.Input.Required("IdentityId")).DescribeAsync();
        return described.IsSuccess ? OperationResult.Ok(IdentityWire.Write(described.Value!)) : described.Error!;
    }
}
