using Cluster.Abstractions.Errors;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.UserPools;

namespace Cluster.Protocol.CognitoIdp.Auth;

/// <summary>AdminInitiateAuth: server-side sign-in with admin credentials.</summary>
public sealed class AdminInitiateAuthHandler(AuthFlows flows, ChoiceAuthFlow choice, UserPoolLookup pools, Users.PublicClientGate clients) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var poolId = input.Required("UserPoolId");
        var clientId = input.Required("ClientId");
        if (pools.Find(poolId, out var notFound) is null)
        {
            return notFound!;
        }

        var (client, error) = await clients.OpenAsync(clientId);
        if (client is null || client.Pool.PoolId != poolId)
        {
            return error ?? IdentityError.NotFound($"User pool client {clientId} does not exist.");
        }

        var parameters = input.Map("AuthParameters");
        return input.Required("AuthFlow") switch
        {
            "ADMIN_USER_PASSWORD_AUTH" or "ADMIN_NO_SRP_AUTH" => await flows.PasswordAsync(clientId, parameters, "ADMIN_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"),
            "USER_SRP_AUTH" => await flows.SrpAsync(clientId, parameters),
            "USER_AUTH" => await choice.InitiateAsync(clientId, parameters),
            "REFRESH_TOKEN_AUTH" or "REFRESH_TOKEN" => await flows.RefreshAsync(clientId, parameters),
            "USER_PASSWORD_AUTH" => IdentityError.InvalidParameter("Initiate Auth method not supported."),
            var other => IdentityError.InvalidParameter($"Auth flow {other} is not supported by this service yet."),
        };
    }
}
