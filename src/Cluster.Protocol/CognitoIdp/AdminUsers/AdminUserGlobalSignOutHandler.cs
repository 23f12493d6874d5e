using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Users;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.AdminUsers;

/// <summary>AdminUserGlobalSignOut: all of the user's tokens stop working.</summary>
public sealed class AdminUserGlobalSignOutHandler(AdminUserLookup lookup) : AdminUserOperation(lookup)
{
    protected override Task<Result<Unit>> CallAsync(IUserGrain user, OperationRequest request) => user.GlobalSignOutAsync(null);
}
