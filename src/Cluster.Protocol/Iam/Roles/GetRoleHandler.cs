using Cluster.Abstractions.Iam;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.Iam.Wire;

namespace Cluster.Protocol.Iam.Roles;

/// <summary>GetRole.</summary>
public sealed class GetRoleHandler(IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var result = await grains.GetGrain<IRoleGrain>(IamKeys.Role(request.Input.Required("RoleName"))).GetAsync();
        return result.IsSuccess ? OperationResult.Ok(new { Role = IamWire.WriteRole(result.Value!) }) : result.Error!;
    }
}
