using Cluster.Abstractions.Iam;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.Iam.Roles;

/// <summary>UntagRole: removes tags by key; keys not present are ignored, as IAM does.</summary>
public sealed class UntagRoleHandler(IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var role = grains.GetGrain<IRoleGrain>(IamKeys.Role(request.Input.Required("RoleName")));
        var result = await role.UntagAsync(request.Input.Strings("TagKeys") ?? []);
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
