using System.Text.Json.Nodes;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.IdentityPools;
using Cluster.Domain.Errors;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Developer;

/// <summary>LookupDeveloperIdentity: an identity's developer user ids, or the identity of a developer user id.</summary>
public sealed class LookupDeveloperIdentityHandler(IdentityPoolFinder pools, IGrainFactory grains) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var pool = await pools.GetAsync(request.Input.Required("IdentityPoolId"));
        if (!pool.IsSuccess)
        {
            return pool.Error!;
        }

        var developer = pool.Value!.Settings.DeveloperProviderName;
        var identityId = request.Input.Str("IdentityId");
        var userIdentifier = request.Input.Str("DeveloperUserIdentifier");
        if (identityId is null && userIdentifier is null)
        {
            return IdentityError.InvalidParameter("Either IdentityId or DeveloperUserIdentifier is required.");
        }

        if (developer is null)
        {
            return IdentityError.NotFound("This identity pool has no DeveloperProviderName.");
        }

        if (userIdentifier is not null)
        {
            var owner = await grains.GetGrain<IIdentityLoginGrain>(IdentityKeys.Login(pool.Value.IdentityPoolId, new LinkedLogin(developer, userIdentifier))).ResolveAsync();
            if (owner is null || (identityId is not null && owner != identityId))
            {
                return owner is null
                    ? IdentityError.NotFound("No identity is linked to this developer user identifier.")
                    : new IdentityError(ErrorCodes.ResourceConflict, "The IdentityId and DeveloperUserIdentifier name different identities.");
            }

            identityId = owner;
        }

        var described = await grains.GetGrain<IIdentityGrain>(identityId!).DescribeAsync();
        if (!described.IsSuccess || described.Value!.IdentityPoolId != pool.Value.IdentityPoolId)
        {
            return IdentityError.NotFound($"Identity '{identityId}' not found.");
        }

        var max = request.Input.Number("MaxResults") ?? 60;
        var identifiers = described.Value.Logins.Where(l => l.Provider == developer).Select(l => l.Subject).Order(StringComparer.Ordinal).Take(max);
        return OperationResult.Ok(new JsonObject
        {
            ["IdentityId"] = identityId,
            ["DeveloperUserIdentifierList"] = new JsonArray(identifiers.Select(i => (JsonNode)JsonValue.Create(i)).ToArray()),
        });
    }
}
