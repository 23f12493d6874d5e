using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.UserPools;

namespace Cluster.Protocol.CognitoIdp.Clients;

/// <summary>CreateUserPoolClient: a secret only when GenerateSecret is true or ClientSecret is given.</summary>
public sealed class CreateUserPoolClientHandler(UserPoolLookup pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var pool = pools.Find(input.Required("UserPoolId"), out var error);
        if (pool is null)
        {
            return error!;
        }

        var settings = AppClientSettingsReader.Read(input, input.Required("ClientName"));
        var result = await pool.CreateClientAsync(settings, input.Bool("GenerateSecret") ?? false, input.Str("ClientSecret"));
        return result.IsSuccess
            ? OperationResult.Ok(new { UserPoolClient = UserPoolClientTypeWriter.Write(result.Value!) })
            : result.Error!;
    }
}
