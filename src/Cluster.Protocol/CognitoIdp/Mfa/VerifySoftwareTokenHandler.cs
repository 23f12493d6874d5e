using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Mfa;

/// <summary>VerifySoftwareToken: the app's first code enables TOTP MFA for the user.</summary>
public sealed class VerifySoftwareTokenHandler(SessionUserGate gate) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var (user, access, sessionClientId, error) = await gate.OpenAsync(input.Str("AccessToken"), input.Str("Session"));
        if (user is null)
        {
            return error!;
        }

        var result = await user.VerifySoftwareTokenAsync(access, sessionClientId, input.Required("UserCode"));
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var body = new JsonObject { ["Status"] = "SUCCESS" };
        if (result.Value!.Session is not null)
        {
            body["Session"] = result.Value.Session;
        }

        return OperationResult.Ok(body);
    }
}
