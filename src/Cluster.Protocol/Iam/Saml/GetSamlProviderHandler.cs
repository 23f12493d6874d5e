using Cluster.Abstractions.Iam;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.Iam.Wire;

namespace Cluster.Protocol.Iam.Saml;

/// <summary>GetSAMLProvider.</summary>
public sealed class GetSamlProviderHandler(IGrainFactory grains, IamProviderArns arns) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var key = arns.SamlProviderKey(request.Input.Required("SAMLProviderArn"), out var error);
        if (key is null)
        {
            return error!;
        }

        var result = await grains.GetGrain<ISamlProviderGrain>(key).DescribeAsync();
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var (provider, tags) = result.Value!;
        return OperationResult.Ok(new
        {
            SAMLMetadataDocument = provider.MetadataDocument,
            provider.CreateDate,
            provider.ValidUntil,
            Tags = IamWire.WriteTags(tags),
        });
    }
}
