using Cluster.Abstractions.Iam;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.Iam.Wire;

namespace Cluster.Protocol.Iam.Saml;

/// <summary>DeleteSAMLProvider.</summary>
public sealed class DeleteSamlProviderHandler(IGrainFactory grains, IamProviderArns arns) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var key = arns.SamlProviderKey(request.Input.Required("SAMLProviderArn"), out var error);
        if (key is null)
        {
            return error!;
        }

        var result = await grains.GetGrain<ISamlProviderGrain>(key).DeleteAsync();
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
