using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Users;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.AdminUsers;

/// <summary>AdminResetUserPassword: RESET_REQUIRED, every session ended, a reset code sent.</summary>
public sealed class AdminResetUserPasswordHandler(AdminUserLookup lookup) : AdminUserOperation(lookup)
{
    protected override Task<Result<Unit>> CallAsync(IUserGrain user, OperationRequest request) => user.AdminResetPasswordAsync();
}
