using Cluster.Abstractions.Iam;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.Iam.Saml;

/// <summary>ListSAMLProviders.</summary>
public sealed class ListSamlProvidersHandler(IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var providers = await grains.GetGrain<IIamProviderDirectoryGrain>(IamKeys.SamlProviderDirectory).ListAsync();
        return OperationResult.Ok(new { SAMLProviderList = providers.Select(p => new { p.Arn, p.ValidUntil, p.CreateDate }).ToList() });
    }
}
