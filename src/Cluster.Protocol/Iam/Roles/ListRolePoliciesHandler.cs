using Cluster.Abstractions.Iam;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.Iam.Roles;

/// <summary>ListRolePolicies: the inline policy names.</summary>
public sealed class ListRolePoliciesHandler(IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var role = grains.GetGrain<IRoleGrain>(IamKeys.Role(request.Input.Required("RoleName")));
        var result = await role.ListPoliciesAsync(request.Input.Str("Marker"), request.Input.Number("MaxItems"));
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var page = result.Value!;
        return OperationResult.Ok(new { PolicyNames = page.Items, IsTruncated = page.Marker is not null, page.Marker });
    }
}
