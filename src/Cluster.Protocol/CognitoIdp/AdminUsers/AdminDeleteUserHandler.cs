using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Users;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.AdminUsers;

/// <summary>AdminDeleteUser: the user, their names and their tokens are gone.</summary>
public sealed class AdminDeleteUserHandler(AdminUserLookup lookup) : AdminUserOperation(lookup)
{
    protected override Task<Result<Unit>> CallAsync(IUserGrain user, OperationRequest request) => user.DeleteAsync(null);
}
