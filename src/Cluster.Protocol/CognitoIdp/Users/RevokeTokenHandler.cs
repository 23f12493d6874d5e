using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Security;
using Cluster.Domain.Errors;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>RevokeToken: a refresh token's family, and every access token it yielded, stop working.</summary>
public sealed class RevokeTokenHandler(PublicClientGate clients, UserLocator users, ClusterKeys keys) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var clientId = input.Required("ClientId");
        var (client, error) = await clients.OpenWithSecretAsync(clientId, input.Str("ClientSecret"));
        if (client is null)
        {
            return error!;
        }

        if (!client.Client.Settings.EnableTokenRevocation)
        {
            return new IdentityError(ErrorCodes.UnsupportedOperation, "Token revocation is not enabled for this client.");
        }

        var content = keys.OpenRefreshToken(input.Required("Token"));
        if (content is null)
        {
            return new IdentityError(ErrorCodes.UnsupportedTokenType, "The token is not a refresh token.");
        }

        if (content.ClientId != clientId || content.PoolId != client.Pool.PoolId)
        {
            return new IdentityError(ErrorCodes.Unauthorized, "The refresh token was not issued to this client.");
        }

        var result = await users.BySub(content.PoolId, content.Sub).RevokeFamilyAsync(clientId, content.FamilyId);
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
