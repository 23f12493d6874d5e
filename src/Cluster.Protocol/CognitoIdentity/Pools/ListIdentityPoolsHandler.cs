using System.Text.Json.Nodes;
using Cluster.Abstractions.Errors;
using Cluster.Domain.Paging;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Pools;

/// <summary>ListIdentityPools: pages in id order, continued by an opaque NextToken.</summary>
public sealed class ListIdentityPoolsHandler(IdentityPoolFinder pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var max = request.Input.Number("MaxResults")!.Value;
        string? after = null;
        if (request.Input.Str("NextToken") is { } token && !PageToken.TryDecode(token, out after))
        {
            return IdentityError.InvalidParameter("Invalid NextToken.");
        }

        var page = await pools.Catalog().ListAsync(after, max + 1);
        var shown = page.Take(max).ToList();
        var body = new JsonObject
        {
            ["IdentityPools"] = new JsonArray(shown.Select(p => (JsonNode)new JsonObject { ["IdentityPoolId"] = p.IdentityPoolId, ["IdentityPoolName"] = p.IdentityPoolName }).ToArray()),
        };
        if (page.Count > max)
        {
            body["NextToken"] = PageToken.Encode(shown[^1].IdentityPoolId);
        }

        return OperationResult.Ok(body);
    }
}
