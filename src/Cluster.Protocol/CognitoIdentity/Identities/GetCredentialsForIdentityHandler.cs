using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Identities;

/// <summary>GetCredentialsForIdentity: temporary credentials for the role the pool picks for these logins.</summary>
public sealed class GetCredentialsForIdentityHandler(IdentityGate gate) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var opened = await gate.OpenAsync(request.Input, request.Aborted);
        if (!opened.IsSuccess)
        {
            return opened.Error!;
        }

        var issued = await opened.Value!.Grain.GetCredentialsAsync(opened.Value.Logins, request.Input.Str("CustomRoleArn"));
        if (!issued.IsSuccess)
        {
            return issued.Error!;
        }

        var credentials = issued.Value!.Credentials;
        return OperationResult.Ok(new JsonObject
        {
            ["IdentityId"] = issued.Value.IdentityId,
            ["Credentials"] = new JsonObject
            {
                ["AccessKeyId"] = credentials.AccessKeyId,
                ["SecretKey"] = credentials.SecretKey,
                ["SessionToken"] = credentials.SessionToken,
                ["Expiration"] = EpochSecondsConverter.ToEpochSeconds(credentials.Expiration),
            },
        });
    }
}
