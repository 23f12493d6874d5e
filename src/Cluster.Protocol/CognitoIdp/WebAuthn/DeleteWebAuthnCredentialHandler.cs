using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Users;

namespace Cluster.Protocol.CognitoIdp.WebAuthn;

/// <summary>DeleteWebAuthnCredential: removes one of the user's passkeys by its credential id.</summary>
public sealed class DeleteWebAuthnCredentialHandler(AccessTokenGate tokens) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (user, error) = await tokens.OpenAsync(request.Input.Required("AccessToken"));
        if (user is null)
        {
            return error!;
        }

        var result = await user.Grain.DeletePasskeyAsync(user.Access, request.Input.Required("CredentialId"));
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
