using Cluster.Abstractions.Errors;
using Cluster.Domain.Errors;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>ConfirmForgotPassword: the reset code and a new password.</summary>
public sealed class ConfirmForgotPasswordHandler(PublicClientGate clients, UserLocator users) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var username = input.Required("Username");
        var (client, error) = await clients.OpenAsync(input.Required("ClientId"), input.Str("SecretHash"), username);
        if (client is null)
        {
            return error!;
        }

        var user = await users.FindAsync(client.Pool, username);
        if (user is null)
        {
            return client.HidesUserExistence
                ? new IdentityError(ErrorCodes.CodeMismatch, "Invalid verification code provided, please try again.")
                : new IdentityError(ErrorCodes.UserNotFound, "Username/client id combination not found.");
        }

        var result = await user.ConfirmForgotPasswordAsync(input.Required("ConfirmationCode"), input.Required("Password"));
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
