using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.UserPools;

namespace Cluster.Protocol.CognitoIdp.Clients;

/// <summary>ListUserPoolClients: pages of at most MaxResults (1 to 60) client descriptions.</summary>
public sealed class ListUserPoolClientsHandler(UserPoolLookup pools) : IOperationHandler
{
    /// <summary>The page size when MaxResults is left out: the model's maximum.</summary>
    public const int DefaultMaxResults = 60;

    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var pool = pools.Find(input.Required("UserPoolId"), out var error);
        if (pool is null)
        {
            return error!;
        }

        var result = await pool.ListClientsAsync(input.Number("MaxResults") ?? DefaultMaxResults, input.Str("NextToken"));
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var page = result.Value!;
        var body = new JsonObject
        {
            ["UserPoolClients"] = new JsonArray(page.Clients.Select(c => (JsonNode?)UserPoolClientTypeWriter.WriteDescription(c)).ToArray()),
        };
        if (page.NextToken is not null)
        {
            body["NextToken"] = page.NextToken;
        }

        return OperationResult.Ok(body);
    }
}
