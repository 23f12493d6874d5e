using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Wire;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>UpdateUserAttributes: a changed email or phone waits for its code while the verified one stays in use.</summary>
public sealed class UpdateUserAttributesHandler(AccessTokenGate tokens) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var (user, error) = await tokens.OpenAsync(input.Required("AccessToken"));
        if (user is null)
        {
            return error!;
        }

        var result = await user.Grain.UpdateAttributesAsync(user.Access, UserWire.ReadAttributes(input, "UserAttributes"));
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var body = new JsonObject();
        if (result.Value!.Count > 0)
        {
            body["CodeDeliveryDetailsList"] = new JsonArray(result.Value.Select(d => (JsonNode?)UserWire.Delivery(d)).ToArray());
        }

        return OperationResult.Ok(body);
    }
}
