using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>ConfirmSignUp: the code from the sign-up message confirms the account.</summary>
public sealed class ConfirmSignUpHandler(PublicUserLookup lookup) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (client, user, error) = await lookup.FindAsync(request);
        if (client is null)
        {
            return error!;
        }

        if (user is null)
        {
            return UnknownUser.ForCode(client);
        }

        var result = await user.ConfirmSignUpAsync(request.Input.Required("ConfirmationCode"));
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
