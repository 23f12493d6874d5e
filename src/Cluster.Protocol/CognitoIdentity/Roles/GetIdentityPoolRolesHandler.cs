using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Roles;

/// <summary>GetIdentityPoolRoles.</summary>
public sealed class GetIdentityPoolRolesHandler(IdentityPoolFinder pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var id = request.Input.Required("IdentityPoolId");
        var pool = await pools.Grain(id).GetAsync();
        if (pool is null)
        {
            return IdentityPoolFinder.NotFound(id);
        }

        var body = new JsonObject { ["IdentityPoolId"] = id, ["Roles"] = IdentityPoolWire.Map(pool.Roles.Roles) };
        if (pool.Roles.RoleMappings.Count > 0)
        {
            body["RoleMappings"] = RolesWire.WriteMappings(pool.Roles.RoleMappings);
        }

        return OperationResult.Ok(body);
    }
}
