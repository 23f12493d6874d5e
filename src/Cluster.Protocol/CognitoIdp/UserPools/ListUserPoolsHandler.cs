using System.Text.Json;
using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.UserPools;

/// <summary>ListUserPools: pages of at most MaxResults (1 to 60) pools.</summary>
public sealed class ListUserPoolsHandler(UserPoolLookup pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var maxResults = input.GetProperty("MaxResults").GetInt32();
        var nextToken = input.TryGetProperty("NextToken", out var token) && token.ValueKind == JsonValueKind.String ? token.GetString() : null;
        var result = await pools.Catalog().ListAsync(maxResults, nextToken);
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var page = result.Value!;
        var body = new JsonObject
        {
            ["UserPools"] = new JsonArray(page.UserPools.Select(p => (JsonNode?)UserPoolTypeWriter.WriteDescription(p)).ToArray()),
        };
        if (page.NextToken is not null)
        {
            body["NextToken"] = page.NextToken;
        }

        return OperationResult.Ok(body);
    }
}
