using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.UserPools;

namespace Cluster.Protocol.CognitoIdp.Clients;

/// <summary>UpdateUserPoolClient: replaces the settings; members not given go back to Cognito's defaults, secrets stay.</summary>
public sealed class UpdateUserPoolClientHandler(UserPoolLookup pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var pool = pools.Find(input.Required("UserPoolId"), out var error);
        if (pool is null)
        {
            return error!;
        }

        // ClientName is optional here: empty tells the grain to keep the current name.
        var settings = AppClientSettingsReader.Read(input, input.Str("ClientName") ?? string.Empty);
        var result = await pool.UpdateClientAsync(input.Required("ClientId"), settings);
        return result.IsSuccess
            ? OperationResult.Ok(new { UserPoolClient = UserPoolClientTypeWriter.Write(result.Value!) })
            : result.Error!;
    }
}
