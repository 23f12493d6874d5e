using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Auth;

/// <summary>GetTokensFromRefreshToken: refresh with rotation when the client enables it; ClientSecret instead of SECRET_HASH.</summary>
public sealed class GetTokensFromRefreshTokenHandler(AuthFlows flows) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var clientId = input.Required("ClientId");
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["REFRESH_TOKEN"] = input.Required("RefreshToken") };
        var result = await flows.RefreshWithClientSecretAsync(clientId, parameters, input.Str("ClientSecret"));
        if (result.Error is not null || result.Body is not System.Text.Json.Nodes.JsonObject body)
        {
            return result;
        }

        // This operation's output has no ChallengeParameters member.
        body.Remove("ChallengeParameters");
        return result;
    }
}
