using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>DeleteUser: the user deletes themself; their names and tokens go with them.</summary>
public sealed class DeleteUserHandler(AccessTokenGate tokens) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (user, error) = await tokens.OpenAsync(request.Input.Required("AccessToken"));
        if (user is null)
        {
            return error!;
        }

        var result = await user.Grain.DeleteAsync(user.Access);
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
