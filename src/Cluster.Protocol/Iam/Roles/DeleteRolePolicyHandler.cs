using Cluster.Abstractions.Iam;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.Iam.Roles;

/// <summary>DeleteRolePolicy.</summary>
public sealed class DeleteRolePolicyHandler(IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var role = grains.GetGrain<IRoleGrain>(IamKeys.Role(request.Input.Required("RoleName")));
        var result = await role.DeletePolicyAsync(request.Input.Required("PolicyName"));
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
