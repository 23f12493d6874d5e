using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Users;

namespace Cluster.Protocol.CognitoIdp.Auth;

/// <summary>GetUserAuthFactors: the signed-in user's MFA settings and the first factors USER_AUTH offers them.</summary>
public sealed class GetUserAuthFactorsHandler(AccessTokenGate tokens) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (user, error) = await tokens.OpenAsync(request.Input.Required("AccessToken"));
        if (user is null)
        {
            return error!;
        }

        var result = await user.Grain.GetAuthFactorsAsync(user.Access);
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var factors = result.Value!;
        var body = new JsonObject
        {
            ["Username"] = factors.Username,
            ["ConfiguredUserAuthFactors"] = new JsonArray(factors.ConfiguredFactors.Select(f => (JsonNode?)f).ToArray()),
        };
        if (factors.PreferredMfa is not null)
        {
            body["PreferredMfaSetting"] = factors.PreferredMfa;
        }

        if (factors.MfaSettings.Count > 0)
        {
            body["UserMFASettingList"] = new JsonArray(factors.MfaSettings.Select(m => (JsonNode?)m).ToArray());
        }

        return OperationResult.Ok(body);
    }
}
