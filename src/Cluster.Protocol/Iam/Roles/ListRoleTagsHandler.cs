using Cluster.Abstractions.Iam;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.Iam.Roles;

/// <summary>ListRoleTags.</summary>
public sealed class ListRoleTagsHandler(IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var role = grains.GetGrain<IRoleGrain>(IamKeys.Role(request.Input.Required("RoleName")));
        var result = await role.ListTagsAsync(request.Input.Str("Marker"), request.Input.Number("MaxItems"));
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var page = result.Value!;
        return OperationResult.Ok(new { Tags = page.Items.Select(t => new { t.Key, t.Value }).ToList(), IsTruncated = page.Marker is not null, page.Marker });
    }
}
