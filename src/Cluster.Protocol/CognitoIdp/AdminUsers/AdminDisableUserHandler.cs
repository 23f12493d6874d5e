using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Users;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.AdminUsers;

/// <summary>AdminDisableUser: sign-in refused and existing tokens revoked.</summary>
public sealed class AdminDisableUserHandler(AdminUserLookup lookup) : AdminUserOperation(lookup)
{
    protected override Task<Result<Unit>> CallAsync(IUserGrain user, OperationRequest request) => user.SetEnabledAsync(false);
}
