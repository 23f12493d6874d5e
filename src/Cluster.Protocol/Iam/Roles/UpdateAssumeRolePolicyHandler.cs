using Cluster.Abstractions.Iam;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.Iam.Roles;

/// <summary>UpdateAssumeRolePolicy.</summary>
public sealed class UpdateAssumeRolePolicyHandler(IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var role = grains.GetGrain<IRoleGrain>(IamKeys.Role(request.Input.Required("RoleName")));
        var result = await role.UpdateAssumeRolePolicyAsync(request.Input.Required("PolicyDocument"));
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
