using Cluster.Abstractions.Errors;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Auth;

/// <summary>InitiateAuth: the public sign-in entry.</summary>
public sealed class InitiateAuthHandler(AuthFlows flows, ChoiceAuthFlow choice) : IOperationHandler
{
    public Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var clientId = input.Required("ClientId");
        var parameters = input.Map("AuthParameters");
        return input.Required("AuthFlow") switch
        {
            "USER_PASSWORD_AUTH" => flows.PasswordAsync(clientId, parameters, "USER_PASSWORD_AUTH", "ALLOW_USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH"),
            "USER_SRP_AUTH" => flows.SrpAsync(clientId, parameters),
            "USER_AUTH" => choice.InitiateAsync(clientId, parameters),
            "REFRESH_TOKEN_AUTH" or "REFRESH_TOKEN" => flows.RefreshAsync(clientId, parameters),
            "ADMIN_USER_PASSWORD_AUTH" or "ADMIN_NO_SRP_AUTH" => Task.FromResult<OperationResult>(IdentityError.InvalidParameter("Initiate Auth method not supported.")),
            var other => Task.FromResult<OperationResult>(IdentityError.InvalidParameter($"Auth flow {other} is not supported by this service yet.")),
        };
    }
}
