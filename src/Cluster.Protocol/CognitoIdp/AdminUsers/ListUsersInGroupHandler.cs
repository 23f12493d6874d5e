using System.Text.Json.Nodes;
using Cluster.Abstractions.Errors;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Wire;

namespace Cluster.Protocol.CognitoIdp.AdminUsers;

/// <summary>ListUsersInGroup.</summary>
public sealed class ListUsersInGroupHandler(AdminUserLookup lookup, UserDirectoryReader directory) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var (pool, error) = await lookup.PoolAsync(request);
        if (pool is null)
        {
            return error!;
        }

        var group = input.Required("GroupName");
        if (!pool.Groups.ContainsKey(group))
        {
            return IdentityError.NotFound("Group not found.");
        }

        var limit = input.Number("Limit") is { } l && l > 0 ? l : 60;
        var result = await directory.ReadAsync(pool.PoolId, null, group, limit, input.Str("NextToken"));
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var body = new JsonObject { ["Users"] = new JsonArray(result.Value.Users.Select(u => (JsonNode?)UserWire.User(u)).ToArray()) };
        if (result.Value.NextToken is not null)
        {
            body["NextToken"] = result.Value.NextToken;
        }

        return OperationResult.Ok(body);
    }
}
