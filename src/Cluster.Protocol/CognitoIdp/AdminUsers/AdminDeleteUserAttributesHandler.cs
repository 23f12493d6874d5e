using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Users;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.AdminUsers;

/// <summary>AdminDeleteUserAttributes.</summary>
public sealed class AdminDeleteUserAttributesHandler(AdminUserLookup lookup) : AdminUserOperation(lookup)
{
    protected override Task<Result<Unit>> CallAsync(IUserGrain user, OperationRequest request) => user.DeleteAttributesAsync(null, request.Input.Strings("UserAttributeNames") ?? []);
}
