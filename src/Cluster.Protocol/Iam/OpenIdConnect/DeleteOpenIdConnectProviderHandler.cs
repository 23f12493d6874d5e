using Cluster.Abstractions.Iam;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.Iam.Wire;

namespace Cluster.Protocol.Iam.OpenIdConnect;

/// <summary>DeleteOpenIDConnectProvider.</summary>
public sealed class DeleteOpenIdConnectProviderHandler(IGrainFactory grains, IamProviderArns arns) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var key = arns.OidcProviderKey(request.Input.Required("OpenIDConnectProviderArn"), out var error);
        if (key is null)
        {
            return error!;
        }

        var result = await grains.GetGrain<IOidcProviderGrain>(key).DeleteAsync();
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
