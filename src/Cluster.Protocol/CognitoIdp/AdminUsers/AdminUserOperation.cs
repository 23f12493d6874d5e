using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Users;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.AdminUsers;

/// <summary>
/// The shape of most Admin* user operations: find the user, make one grain call, reply <c>{}</c>.
/// Each operation is a small subclass naming its call.
/// </summary>
public abstract class AdminUserOperation(AdminUserLookup lookup) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (user, error) = await lookup.UserAsync(request);
        if (user is null)
        {
            return error!;
        }

        var result = await CallAsync(user, request);
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }

    protected abstract Task<Result<Unit>> CallAsync(IUserGrain user, OperationRequest request);
}
