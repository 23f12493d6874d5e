using Cluster.Abstractions.Iam;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.Iam.Wire;

namespace Cluster.Protocol.Iam.Roles;

/// <summary>ListRoles: rows without tags, as IAM lists them.</summary>
public sealed class ListRolesHandler(IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var result = await grains.GetGrain<IRoleDirectoryGrain>(IamKeys.RoleDirectory)
            .ListAsync(request.Input.Str("PathPrefix"), request.Input.Str("Marker"), request.Input.Number("MaxItems"));
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var page = result.Value!;
        return OperationResult.Ok(new
        {
            Roles = page.Items.Select(r => IamWire.WriteRole(r, withTags: false)).ToList(),
            IsTruncated = page.Marker is not null,
            page.Marker,
        });
    }
}
