using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Wire;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>GetUser: the signed-in user's own profile.</summary>
public sealed class GetUserHandler(AccessTokenGate tokens) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (user, error) = await tokens.OpenAsync(request.Input.Required("AccessToken"));
        if (user is null)
        {
            return error!;
        }

        var result = await user.Grain.GetAsync(user.Access);
        return result.IsSuccess
            ? OperationResult.Ok(UserWire.AddMfa(new JsonObject { ["Username"] = result.Value!.Username, ["UserAttributes"] = UserWire.Attributes(result.Value.Attributes) }, result.Value))
            : result.Error!;
    }
}
