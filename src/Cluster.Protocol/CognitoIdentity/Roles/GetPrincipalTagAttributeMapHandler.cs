using Cluster.Abstractions.IdentityPools;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Roles;

/// <summary>GetPrincipalTagAttributeMap: a provider never set reads as no defaults and no tags.</summary>
public sealed class GetPrincipalTagAttributeMapHandler(IdentityPoolFinder pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var id = request.Input.Required("IdentityPoolId");
        var provider = request.Input.Required("IdentityProviderName");
        var pool = await pools.Grain(id).GetAsync();
        if (pool is null)
        {
            return IdentityPoolFinder.NotFound(id);
        }

        var mapping = pool.PrincipalTagMaps.GetValueOrDefault(provider) ?? new PrincipalTagMapping(false, new Dictionary<string, string>());
        return OperationResult.Ok(SetPrincipalTagAttributeMapHandler.Write(id, provider, mapping));
    }
}
