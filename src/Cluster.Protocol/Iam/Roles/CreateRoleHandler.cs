using Cluster.Abstractions.Iam;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.Iam.Wire;

namespace Cluster.Protocol.Iam.Roles;

/// <summary>CreateRole.</summary>
public sealed class CreateRoleHandler(IGrainFactory grains) : IOperationHandler
{
    /// <summary>IAM's MaxSessionDuration when the caller gives none: one hour.</summary>
    public const int DefaultMaxSessionDuration = 3600;

    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        // A boundary this service would not enforce must not look accepted: it would widen what the caller meant to allow.
        if (request.Input.TryGetProperty("PermissionsBoundary", out _))
        {
            return new Abstractions.Errors.IdentityError(Domain.Iam.IamErrorCodes.InvalidInput, "PermissionsBoundary is not supported: this service has no managed policies.");
        }

        var name = request.Input.Required("RoleName");
        var role = new NewRole(
            name,
            request.Input.Str("Path") ?? "/",
            request.Input.Required("AssumeRolePolicyDocument"),
            request.Input.Str("Description"),
            request.Input.Number("MaxSessionDuration") ?? DefaultMaxSessionDuration,
            IamWire.Tags(request.Input));
        var result = await grains.GetGrain<IRoleGrain>(IamKeys.Role(name)).CreateAsync(role);
        return result.IsSuccess ? OperationResult.Ok(new { Role = IamWire.WriteRole(result.Value!) }) : result.Error!;
    }
}
