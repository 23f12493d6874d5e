using Cluster.Abstractions.Errors;
using Cluster.Domain.Errors;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Identities;

/// <summary>GetId: the identity of the given logins (created on first sight), or a new guest identity.</summary>
public sealed class GetIdHandler(IdentityPoolFinder pools, LoginVerifier verifier, IdentityResolver resolver) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var pool = await pools.GetAsync(request.Input.Required("IdentityPoolId"));
        if (!pool.IsSuccess)
        {
            return pool.Error!;
        }

        var logins = await verifier.VerifyAsync(pool.Value!, request.Input.Map("Logins"), request.Aborted);
        if (!logins.IsSuccess)
        {
            return logins.Error!;
        }

        if (logins.Value!.Count == 0 && !pool.Value!.Settings.AllowUnauthenticatedIdentities)
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "Unauthenticated access is not supported for this identity pool.");
        }

        var identity = await resolver.ResolveAsync(pool.Value!, logins.Value!, existingIdentityId: null);
        return identity.IsSuccess ? OperationResult.Ok(new { IdentityId = identity.Value! }) : identity.Error!;
    }
}
