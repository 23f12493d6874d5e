using Cluster.Abstractions.Iam;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.Iam.Wire;

namespace Cluster.Protocol.Iam.Saml;

/// <summary>CreateSAMLProvider: the metadata must be a SAML 2.0 EntityDescriptor.</summary>
public sealed class CreateSamlProviderHandler(IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var name = request.Input.Required("Name");
        var tags = IamWire.Tags(request.Input);
        var result = await grains.GetGrain<ISamlProviderGrain>(name)
            .CreateAsync(new NewSamlProvider(name, request.Input.Required("SAMLMetadataDocument"), tags));
        return result.IsSuccess
            ? OperationResult.Ok(new { SAMLProviderArn = result.Value!.Arn, Tags = IamWire.WriteTags(tags) })
            : result.Error!;
    }
}
