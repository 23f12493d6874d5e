using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Mfa;

/// <summary>AssociateSoftwareToken: a new authenticator secret (base32) for the user to add to their app.</summary>
public sealed class AssociateSoftwareTokenHandler(SessionUserGate gate) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var (user, access, sessionClientId, error) = await gate.OpenAsync(input.Str("AccessToken"), input.Str("Session"));
        if (user is null)
        {
            return error!;
        }

        var result = await user.AssociateSoftwareTokenAsync(access, sessionClientId);
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var body = new JsonObject { ["SecretCode"] = result.Value!.SecretCode };
        if (result.Value.Session is not null)
        {
            body["Session"] = result.Value.Session;
        }

        return OperationResult.Ok(body);
    }
}
