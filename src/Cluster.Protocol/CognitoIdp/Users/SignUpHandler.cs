using System.Text.Json.Nodes;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Users;
using Cluster.Domain.Errors;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Wire;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>SignUp: a new user with a password, unconfirmed until the code sent to them comes back.</summary>
public sealed class SignUpHandler(PublicClientGate clients, UserLocator users) : IOperationHandler
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

        if (client.Pool.Settings.AllowAdminCreateUserOnly)
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "SignUp is not permitted for this user pool");
        }

        var result = await users.New(client.Pool.PoolId, out _).CreateAsync(new NewUser
        {
            Username = username,
            Password = input.Str("Password"),
            Attributes = UserWire.ReadAttributes(input, "UserAttributes"),
            ClientId = client.Client.ClientId,
        });
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var body = new JsonObject { ["UserConfirmed"] = result.Value!.UserConfirmed, ["UserSub"] = result.Value.UserSub };
        if (result.Value.Delivery is { } delivery)
        {
            body["CodeDeliveryDetails"] = UserWire.Delivery(delivery);
        }

        return OperationResult.Ok(body);
    }
}
