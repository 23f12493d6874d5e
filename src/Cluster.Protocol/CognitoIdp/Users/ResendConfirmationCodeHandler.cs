using System.Text.Json.Nodes;
using Cluster.Abstractions.Errors;
using Cluster.Domain.Errors;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Wire;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>ResendConfirmationCode.</summary>
public sealed class ResendConfirmationCodeHandler(PublicClientGate clients, UserLocator users) : IOperationHandler
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
                ? OperationResult.Ok(new JsonObject { ["CodeDeliveryDetails"] = PretendDelivery.For(username) })
                : new IdentityError(ErrorCodes.UserNotFound, "Username/client id combination not found.");
        }

        var result = await user.ResendConfirmationCodeAsync();
        return result.IsSuccess ? OperationResult.Ok(new JsonObject { ["CodeDeliveryDetails"] = UserWire.Delivery(result.Value!) }) : result.Error!;
    }
}
