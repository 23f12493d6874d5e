using System.Text.Json.Nodes;
using Cluster.Abstractions.Users;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Users;

namespace Cluster.Protocol.CognitoIdp.WebAuthn;

/// <summary>ListWebAuthnCredentials: the user's passkeys, MaxResults (at most 20) at a time, oldest first.</summary>
public sealed class ListWebAuthnCredentialsHandler(AccessTokenGate tokens) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (user, error) = await tokens.OpenAsync(request.Input.Required("AccessToken"));
        if (user is null)
        {
            return error!;
        }

        var result = await user.Grain.ListPasskeysAsync(user.Access, request.Input.Number("MaxResults") ?? 0, request.Input.Str("NextToken"));
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var body = new JsonObject { ["Credentials"] = new JsonArray(result.Value!.Credentials.Select(c => (JsonNode?)Description(c)).ToArray()) };
        if (result.Value.NextToken is not null)
        {
            body["NextToken"] = result.Value.NextToken;
        }

        return OperationResult.Ok(body);
    }

    /// <summary>WebAuthnCredentialDescription.</summary>
    private static JsonObject Description(PasskeyView passkey)
    {
        var node = new JsonObject
        {
            ["CredentialId"] = passkey.CredentialId,
            ["FriendlyCredentialName"] = passkey.FriendlyName,
            ["RelyingPartyId"] = passkey.RelyingPartyId,
            ["AuthenticatorTransports"] = new JsonArray(passkey.Transports.Select(t => (JsonNode?)t).ToArray()),
            ["CreatedAt"] = EpochSecondsConverter.ToEpochSeconds(passkey.CreatedAt),
        };
        if (passkey.AuthenticatorAttachment is not null)
        {
            node["AuthenticatorAttachment"] = passkey.AuthenticatorAttachment;
        }

        return node;
    }
}
