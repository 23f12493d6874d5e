using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Iam;
using Cluster.Domain.Iam;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.Iam.Wire;

namespace Cluster.Protocol.Iam.OpenIdConnect;

/// <summary>CreateOpenIDConnectProvider: keyed by the issuer URL without scheme, so one URL has one provider.</summary>
public sealed class CreateOpenIdConnectProviderHandler(IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var url = OidcProviderUrl.Normalize(request.Input.Required("Url"), out var violation);
        if (url is null)
        {
            return IdentityError.From(violation!);
        }

        var tags = IamWire.Tags(request.Input);
        var provider = new NewOidcProvider(url, request.Input.Strings("ClientIDList") ?? [], request.Input.Strings("ThumbprintList") ?? [], tags);
        var result = await grains.GetGrain<IOidcProviderGrain>(url).CreateAsync(provider);
        return result.IsSuccess
            ? OperationResult.Ok(new { OpenIDConnectProviderArn = result.Value!.Arn, Tags = IamWire.WriteTags(tags) })
            : result.Error!;
    }
}
