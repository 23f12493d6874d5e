using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Wire;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>ResendConfirmationCode.</summary>
public sealed class ResendConfirmationCodeHandler(PublicUserLookup lookup) : IOperationHandler
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
            return UnknownUser.ForDelivery(client, request.Input.Required("Username"));
        }

        var result = await user.ResendConfirmationCodeAsync();
        return result.IsSuccess ? OperationResult.Ok(new JsonObject { ["CodeDeliveryDetails"] = UserWire.Delivery(result.Value!) }) : result.Error!;
    }
}
