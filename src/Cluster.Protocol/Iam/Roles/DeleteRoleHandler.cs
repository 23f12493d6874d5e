using Cluster.Abstractions.Iam;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.Iam.Roles;

/// <summary>DeleteRole.</summary>
public sealed class DeleteRoleHandler(IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var result = await grains.GetGrain<IRoleGrain>(IamKeys.Role(request.Input.Required("RoleName"))).DeleteAsync();
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
