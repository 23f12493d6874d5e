using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>VerifyUserAttribute: the code makes the pending value current and verified.</summary>
public sealed class VerifyUserAttributeHandler(AccessTokenGate tokens) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var (user, error) = await tokens.OpenAsync(input.Required("AccessToken"));
        if (user is null)
        {
            return error!;
        }

        var result = await user.Grain.VerifyAttributeAsync(user.Access, input.Required("AttributeName"), input.Required("Code"));
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
