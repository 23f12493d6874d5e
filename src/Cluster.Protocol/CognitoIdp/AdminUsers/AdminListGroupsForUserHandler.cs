using System.Text.Json.Nodes;
using Cluster.Abstractions.Errors;
using Cluster.Domain.Paging;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.Wire;

namespace Cluster.Protocol.CognitoIdp.AdminUsers;

/// <summary>AdminListGroupsForUser: the user's groups, as GroupType, by name.</summary>
public sealed class AdminListGroupsForUserHandler(AdminUserLookup lookup) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var (pool, poolError) = await lookup.PoolAsync(request);
        var (user, error) = pool is null ? (null, poolError) : await lookup.UserAsync(request);
        if (user is null)
        {
            return error!;
        }

        var names = await user.ListGroupsAsync();
        if (!names.IsSuccess)
        {
            return names.Error!;
        }

        var after = string.Empty;
        if (input.Str("NextToken") is { } token && !PageToken.TryDecode(token, out after))
        {
            return IdentityError.InvalidParameter("Invalid pagination token.");
        }

        var limit = input.Number("Limit") is { } l && l > 0 ? l : 60;
        var groups = names.Value!.Where(pool!.Groups.ContainsKey).Where(g => string.CompareOrdinal(g, after) > 0)
            .OrderBy(g => g, StringComparer.Ordinal).Select(g => pool.Groups[g]).ToList();
        var page = groups.Take(limit).ToList();
        var body = new JsonObject { ["Groups"] = new JsonArray(page.Select(g => (JsonNode?)Groups.GroupTypeWriter.Write(g, pool.PoolId)).ToArray()) };
        if (groups.Count > limit)
        {
            body["NextToken"] = PageToken.Encode(page[^1].GroupName);
        }

        return OperationResult.Ok(body);
    }
}
