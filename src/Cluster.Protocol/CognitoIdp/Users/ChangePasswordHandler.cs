using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>ChangePassword: the current password proves the caller, the policy checks the new one.</summary>
public sealed class ChangePasswordHandler(AccessTokenGate tokens) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var (user, error) = await tokens.OpenAsync(input.Required("AccessToken"));
        if (user is null)
        {
            return error!;
        }

        var result = await user.Grain.ChangePasswordAsync(user.Access, input.Str("PreviousPassword") ?? string.Empty, input.Required("ProposedPassword"));
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
