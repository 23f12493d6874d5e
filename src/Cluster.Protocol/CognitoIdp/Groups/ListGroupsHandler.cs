using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.UserPools;

namespace Cluster.Protocol.CognitoIdp.Groups;

/// <summary>ListGroups: pages of at most Limit (1 to 60) groups, ordered by name.</summary>
public sealed class ListGroupsHandler(UserPoolLookup pools) : IOperationHandler
{
    /// <summary>The page size when Limit is left out or 0 (the model allows 0): the model's maximum.</summary>
    public const int DefaultLimit = 60;

    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var poolId = input.Required("UserPoolId");
        var pool = pools.Find(poolId, out var error);
        if (pool is null)
        {
            return error!;
        }

        var limit = input.Number("Limit") is > 0 and var given ? given : DefaultLimit;
        var result = await pool.ListGroupsAsync(limit, input.Str("NextToken"));
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var page = result.Value!;
        var body = new JsonObject
        {
            ["Groups"] = new JsonArray(page.Groups.Select(g => (JsonNode?)GroupTypeWriter.Write(g, poolId)).ToArray()),
        };
        if (page.NextToken is not null)
        {
            body["NextToken"] = page.NextToken;
        }

        return OperationResult.Ok(body);
    }
}
