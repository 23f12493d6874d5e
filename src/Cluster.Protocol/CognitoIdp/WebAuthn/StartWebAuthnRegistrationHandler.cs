using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Users;

namespace Cluster.Protocol.CognitoIdp.WebAuthn;

/// <summary>StartWebAuthnRegistration: the creation options a passkey provider needs, as a JSON document.</summary>
public sealed class StartWebAuthnRegistrationHandler(AccessTokenGate tokens) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (user, error) = await tokens.OpenAsync(request.Input.Required("AccessToken"));
        if (user is null)
        {
            return error!;
        }

        var result = await user.Grain.StartPasskeyRegistrationAsync(user.Access);
        return result.IsSuccess
            ? OperationResult.Ok(new JsonObject { ["CredentialCreationOptions"] = JsonNode.Parse(result.Value!) })
            : result.Error!;
    }
}
