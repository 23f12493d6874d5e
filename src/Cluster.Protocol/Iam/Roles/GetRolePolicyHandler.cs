using Cluster.Abstractions.Iam;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.Iam.Wire;

namespace Cluster.Protocol.Iam.Roles;

/// <summary>GetRolePolicy: the document URL-encoded, as IAM returns it.</summary>
public sealed class GetRolePolicyHandler(IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var role = grains.GetGrain<IRoleGrain>(IamKeys.Role(request.Input.Required("RoleName")));
        var result = await role.GetPolicyAsync(request.Input.Required("PolicyName"));
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var policy = result.Value!;
        return OperationResult.Ok(new { policy.RoleName, policy.PolicyName, PolicyDocument = IamWire.EncodePolicy(policy.PolicyDocument) });
    }
}
