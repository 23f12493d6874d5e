using System.Text.Json.Nodes;
using Cluster.Abstractions.Errors;
using Cluster.Domain.Users;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Wire;

namespace Cluster.Protocol.CognitoIdp.AdminUsers;

/// <summary>ListUsers: Filter (<c>attr = "v"</c>, <c>attr ^= "v"</c>), AttributesToGet, Limit, PaginationToken.</summary>
public sealed class ListUsersHandler(AdminUserLookup lookup, UserDirectoryReader directory) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var (pool, error) = await lookup.PoolAsync(request);
        if (pool is null)
        {
            return error!;
        }

        var filterText = input.Str("Filter");
        var (filter, filterError) = UserFilterParser.Parse(filterText);
        if (filterError is not null)
        {
            return IdentityError.From(filterError);
        }

        // The directory stores names as the pool does, so the searched value is brought to the same form.
        var normalized = filter?.ForPool(pool.Settings.UsernameCaseSensitive);
        var text = normalized is null ? null : $"{normalized.Attribute} {(normalized.Operator == FilterOperator.Equals ? "=" : "^=")} \"{normalized.Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
        var limit = input.Number("Limit") is { } l && l > 0 ? l : 60;
        var result = await directory.ReadAsync(pool.PoolId, text, null, limit, input.Str("PaginationToken"));
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var wanted = input.Strings("AttributesToGet");
        var users = result.Value.Users.Select(u => wanted is null ? u : u with { Attributes = u.Attributes.Where(a => wanted.Contains(a.Name)).ToList() });
        var body = new JsonObject { ["Users"] = new JsonArray(users.Select(u => (JsonNode?)UserWire.User(u)).ToArray()) };
        if (result.Value.NextToken is not null)
        {
            body["PaginationToken"] = result.Value.NextToken;
        }

        return OperationResult.Ok(body);
    }
}
