using Cluster.Abstractions.Iam;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.Iam.Roles;

/// <summary>PutRolePolicy: adds or replaces one inline policy.</summary>
public sealed class PutRolePolicyHandler(IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var role = grains.GetGrain<IRoleGrain>(IamKeys.Role(request.Input.Required("RoleName")));
        var result = await role.PutPolicyAsync(request.Input.Required("PolicyName"), request.Input.Required("PolicyDocument"));
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
