using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Wire;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>GetUserAttributeVerificationCode: sends a code to the (pending) email or phone.</summary>
public sealed class GetUserAttributeVerificationCodeHandler(AccessTokenGate tokens) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var (user, error) = await tokens.OpenAsync(input.Required("AccessToken"));
        if (user is null)
        {
            return error!;
        }

        var result = await user.Grain.SendAttributeVerificationCodeAsync(user.Access, input.Required("AttributeName"));
        return result.IsSuccess ? OperationResult.Ok(new JsonObject { ["CodeDeliveryDetails"] = UserWire.Delivery(result.Value!) }) : result.Error!;
    }
}
