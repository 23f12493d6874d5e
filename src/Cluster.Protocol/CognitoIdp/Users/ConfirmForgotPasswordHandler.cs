using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>ConfirmForgotPassword: the reset code and a new password.</summary>
public sealed class ConfirmForgotPasswordHandler(PublicUserLookup lookup) : IOperationHandler
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

        var result = await user.ConfirmForgotPasswordAsync(request.Input.Required("ConfirmationCode"), request.Input.Required("Password"));
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
