using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>GlobalSignOut: every refresh and access token of the user stops working, on every silo.</summary>
public sealed class GlobalSignOutHandler(AccessTokenGate tokens) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (user, error) = await tokens.OpenAsync(request.Input.Required("AccessToken"));
        if (user is null)
        {
            return error!;
        }

        var result = await user.Grain.GlobalSignOutAsync(user.Access);
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
