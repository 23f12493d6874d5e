using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Users;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.AdminUsers;

/// <summary>AdminSetUserPassword: permanent, or temporary (FORCE_CHANGE_PASSWORD).</summary>
public sealed class AdminSetUserPasswordHandler(AdminUserLookup lookup) : AdminUserOperation(lookup)
{
    protected override Task<Result<Unit>> CallAsync(IUserGrain user, OperationRequest request) => user.AdminSetPasswordAsync(request.Input.Required("Password"), request.Input.Bool("Permanent") ?? false);
}
