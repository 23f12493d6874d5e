using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Roles;

/// <summary>SetIdentityPoolRoles: the default roles and the role mappings by provider.</summary>
public sealed class SetIdentityPoolRolesHandler(IdentityPoolFinder pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (roles, error) = RolesWire.Read(request.Input);
        if (roles is null)
        {
            return error!;
        }

        var set = await pools.Grain(request.Input.Required("IdentityPoolId")).SetRolesAsync(roles);
        return set.IsSuccess ? OperationResult.Empty : set.Error!;
    }
}
