using Cluster.Abstractions.Iam;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.Iam.Wire;

namespace Cluster.Protocol.Iam.Roles;

/// <summary>TagRole: adds tags, replacing the values of keys already there.</summary>
public sealed class TagRoleHandler(IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var role = grains.GetGrain<IRoleGrain>(IamKeys.Role(request.Input.Required("RoleName")));
        var result = await role.TagAsync(IamWire.Tags(request.Input));
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
