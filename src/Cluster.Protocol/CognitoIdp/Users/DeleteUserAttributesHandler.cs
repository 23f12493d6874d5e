using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>DeleteUserAttributes.</summary>
public sealed class DeleteUserAttributesHandler(AccessTokenGate tokens) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var (user, error) = await tokens.OpenAsync(input.Required("AccessToken"));
        if (user is null)
        {
            return error!;
        }

        var result = await user.Grain.DeleteAttributesAsync(user.Access, input.Strings("UserAttributeNames") ?? []);
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
