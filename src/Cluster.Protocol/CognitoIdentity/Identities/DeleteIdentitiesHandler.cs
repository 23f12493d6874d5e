using System.Text.Json.Nodes;
using Cluster.Abstractions.IdentityPools;
using Cluster.Domain.Errors;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Identities;

/// <summary>DeleteIdentities: up to 60 at once; the ones that could not be deleted come back with an error code.</summary>
public sealed class DeleteIdentitiesHandler(IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var unprocessed = new JsonArray();
        foreach (var identityId in request.Input.Strings("IdentityIdsToDelete") ?? [])
        {
            var deleted = await grains.GetGrain<IIdentityGrain>(identityId).DeleteAsync();
            if (!deleted.IsSuccess)
            {
                unprocessed.Add(new JsonObject
                {
                    ["IdentityId"] = identityId,
                    ["ErrorCode"] = deleted.Error!.Code == ErrorCodes.ResourceNotFound ? "AccessDenied" : "InternalServerError",
                });
            }
        }

        return OperationResult.Ok(new JsonObject { ["UnprocessedIdentityIds"] = unprocessed });
    }
}
