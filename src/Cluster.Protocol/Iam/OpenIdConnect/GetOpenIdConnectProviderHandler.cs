using Cluster.Abstractions.Iam;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.Iam.Wire;

namespace Cluster.Protocol.Iam.OpenIdConnect;

/// <summary>GetOpenIDConnectProvider: the URL without its scheme, as IAM returns it.</summary>
public sealed class GetOpenIdConnectProviderHandler(IGrainFactory grains, IamProviderArns arns) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var key = arns.OidcProviderKey(request.Input.Required("OpenIDConnectProviderArn"), out var error);
        if (key is null)
        {
            return error!;
        }

        var result = await grains.GetGrain<IOidcProviderGrain>(key).DescribeAsync();
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var (provider, tags) = result.Value!;
        return OperationResult.Ok(new
        {
            provider.Url,
            ClientIDList = provider.ClientIds,
            ThumbprintList = provider.Thumbprints,
            provider.CreateDate,
            Tags = IamWire.WriteTags(tags),
        });
    }
}
