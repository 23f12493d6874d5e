using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.UserPools;

namespace Cluster.Protocol.CognitoIdp.Clients;

/// <summary>AddUserPoolClientSecret: a second secret for rotation; at most two per client.</summary>
public sealed class AddUserPoolClientSecretHandler(UserPoolLookup pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var pool = pools.Find(input.Required("UserPoolId"), out var error);
        if (pool is null)
        {
            return error!;
        }

        var given = input.Str("ClientSecret");
        var result = await pool.AddClientSecretAsync(input.Required("ClientId"), given);

        // Cognito returns the value only of a secret it generated: the caller already has its own.
        return result.IsSuccess
            ? OperationResult.Ok(new { ClientSecretDescriptor = UserPoolClientTypeWriter.WriteSecret(result.Value!, withValue: given is null) })
            : result.Error!;
    }
}
