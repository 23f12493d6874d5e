using Cluster.Abstractions.Iam;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.Iam.OpenIdConnect;

/// <summary>ListOpenIDConnectProviders: ARNs only, as IAM lists them.</summary>
public sealed class ListOpenIdConnectProvidersHandler(IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var providers = await grains.GetGrain<IIamProviderDirectoryGrain>(IamKeys.OidcProviderDirectory).ListAsync();
        return OperationResult.Ok(new { OpenIDConnectProviderList = providers.Select(p => new { p.Arn }).ToList() });
    }
}
