using System.Text.Json.Nodes;
using Cluster.Abstractions.IdentityPools;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Roles;

/// <summary>SetPrincipalTagAttributeMap: which token claims become principal tags for one provider.</summary>
public sealed class SetPrincipalTagAttributeMapHandler(IdentityPoolFinder pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var id = request.Input.Required("IdentityPoolId");
        var provider = request.Input.Required("IdentityProviderName");
        var mapping = new PrincipalTagMapping(request.Input.Bool("UseDefaults") ?? false, request.Input.Map("PrincipalTags"));
        var set = await pools.Grain(id).SetPrincipalTagMapAsync(provider, mapping);
        return set.IsSuccess ? OperationResult.Ok(Write(id, provider, set.Value!)) : set.Error!;
    }

    public static JsonObject Write(string identityPoolId, string provider, PrincipalTagMapping mapping) => new()
    {
        ["IdentityPoolId"] = identityPoolId,
        ["IdentityProviderName"] = provider,
        ["UseDefaults"] = mapping.UseDefaults,
        ["PrincipalTags"] = IdentityPoolWire.Map(mapping.PrincipalTags),
    };
}
