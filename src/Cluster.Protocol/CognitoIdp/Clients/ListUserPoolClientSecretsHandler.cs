using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.UserPools;

namespace Cluster.Protocol.CognitoIdp.Clients;

/// <summary>ListUserPoolClientSecrets: ids and creation dates, never values; two at most, so always one page.</summary>
public sealed class ListUserPoolClientSecretsHandler(UserPoolLookup pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var pool = pools.Find(request.Input.Required("UserPoolId"), out var error);
        if (pool is null)
        {
            return error!;
        }

        var result = await pool.ListClientSecretsAsync(request.Input.Required("ClientId"));
        return result.IsSuccess
            ? OperationResult.Ok(new JsonObject
            {
                ["ClientSecrets"] = new JsonArray(result.Value!.Select(s => (JsonNode?)UserPoolClientTypeWriter.WriteSecret(s, withValue: false)).ToArray()),
            })
            : result.Error!;
    }
}
