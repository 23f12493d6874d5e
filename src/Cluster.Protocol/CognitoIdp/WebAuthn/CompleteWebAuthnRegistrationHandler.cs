using System.Text.Json;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Users;

namespace Cluster.Protocol.CognitoIdp.WebAuthn;

/// <summary>CompleteWebAuthnRegistration: the provider's RegistrationResponseJSON, verified and stored as a passkey.</summary>
public sealed class CompleteWebAuthnRegistrationHandler(AccessTokenGate tokens) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (user, error) = await tokens.OpenAsync(request.Input.Required("AccessToken"));
        if (user is null)
        {
            return error!;
        }

        // A document; some clients send it as JSON text inside a string instead.
        var credential = request.Input.GetProperty("Credential");
        var json = credential.ValueKind == JsonValueKind.String ? credential.GetString()! : credential.GetRawText();
        var result = await user.Grain.CompletePasskeyRegistrationAsync(user.Access, json);
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
