using System.Text.Json.Nodes;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.IdentityPools;
using Cluster.Domain.Paging;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Identities;

/// <summary>ListIdentities: walks the pool's directory shards in order; the token names the shard and the last id.</summary>
public sealed class ListIdentitiesHandler(IdentityPoolFinder pools, IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var poolId = request.Input.Required("IdentityPoolId");
        var pool = await pools.GetAsync(poolId);
        if (!pool.IsSuccess)
        {
            return pool.Error!;
        }

        var max = request.Input.Number("MaxResults")!.Value;
        var (shard, after) = (0, (string?)null);
        if (request.Input.Str("NextToken") is { } token)
        {
            if (!PageToken.TryDecode(token, out var position) || position.Split('|', 2) is not [var shardText, var last] ||
                !int.TryParse(shardText, System.Globalization.CultureInfo.InvariantCulture, out shard) || shard is < 0 or >= IdentityKeys.DirectoryShards)
            {
                return IdentityError.InvalidParameter("Invalid NextToken.");
            }

            after = last.Length == 0 ? null : last;
        }

        var found = new List<IdentityView>();
        var lastShard = shard;
        string? next = null;
        for (; shard < IdentityKeys.DirectoryShards; shard++, after = null)
        {
            var page = await grains.GetGrain<IIdentityDirectoryGrain>(IdentityKeys.DirectoryShard(poolId, shard)).ListAsync(after, max - found.Count + 1);
            foreach (var identity in page)
            {
                // One more than fits proves there is a next page; it resumes after the last row shown, in its shard.
                if (found.Count == max)
                {
                    next = PageToken.Encode($"{lastShard}|{found[^1].IdentityId}");
                    break;
                }

                found.Add(identity);
                lastShard = shard;
            }

            if (next is not null)
            {
                break;
            }
        }

        var body = new JsonObject
        {
            ["IdentityPoolId"] = poolId,
            ["Identities"] = new JsonArray(found.Select(i => (JsonNode)IdentityWire.Write(i)).ToArray()),
        };
        if (next is not null)
        {
            body["NextToken"] = next;
        }

        return OperationResult.Ok(body);
    }
}
