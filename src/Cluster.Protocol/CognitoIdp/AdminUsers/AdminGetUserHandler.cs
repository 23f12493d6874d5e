using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Wire;

namespace Cluster.Protocol.CognitoIdp.AdminUsers;

/// <summary>AdminGetUser: the whole user, with status and dates.</summary>
public sealed class AdminGetUserHandler(AdminUserLookup lookup) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (user, error) = await lookup.UserAsync(request);
        if (user is null)
        {
            return error!;
        }

        var result = await user.GetAsync(null);
        return result.IsSuccess ? OperationResult.Ok(UserWire.User(result.Value!, "UserAttributes")) : result.Error!;
    }
}
