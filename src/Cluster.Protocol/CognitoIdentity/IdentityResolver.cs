using Cluster.Abstractions.Errors;
using Cluster.Abstractions.IdentityPools;
using Cluster.Domain.Errors;
using Cluster.Domain.IdentityPools;

namespace Cluster.Protocol.CognitoIdentity;

/// <summary>
/// Finds or creates the identity of a set of verified logins (GetId, GetOpenIdTokenForDeveloperIdentity). The first
/// login's grain decides the identity, so concurrent first sign-ins of one user agree on one identity.
/// </summary>
public sealed class IdentityResolver(IGrainFactory grains)
{
    public async Task<Result<string>> ResolveAsync(IdentityPoolRuntime pool, IReadOnlyList<VerifiedLogin> logins, string? existingIdentityId)
    {
        // Our own OpenID token already names its identity.
        var own = logins.FirstOrDefault(l => l.Provider == IdentityKeys.CognitoIdentityProvider);
        if (existingIdentityId is not null)
        {
            var existing = await grains.GetGrain<IIdentityGrain>(existingIdentityId).DescribeAsync();
            if (!existing.IsSuccess || existing.Value!.IdentityPoolId != pool.IdentityPoolId)
            {
                return IdentityError.NotFound($"Identity '{existingIdentityId}' not found.");
            }
        }

        var identityId = own?.Subject ?? existingIdentityId;
        // The first login's grain already answered for it below; asking it to claim again would be a second call per GetId.
        var claimedFirst = false;
        var external = logins.Where(l => l.Provider != IdentityKeys.CognitoIdentityProvider).ToList();
        if (identityId is null)
        {
            if (external.Count == 0)
            {
                identityId = IdentityPoolIds.New(IdentityPoolIds.RegionOf(pool.IdentityPoolId)!);
            }
            else
            {
                var first = grains.GetGrain<IIdentityLoginGrain>(IdentityKeys.Login(pool.IdentityPoolId, external[0].Link));
                identityId = await first.ResolveAsync() ?? await first.ClaimAsync(IdentityPoolIds.New(IdentityPoolIds.RegionOf(pool.IdentityPoolId)!));
                claimedFirst = true;
            }
        }

        var identity = grains.GetGrain<IIdentityGrain>(identityId);
        if (external.Count == 0)
        {
            var ensured = own is null ? await identity.EnsureAsync(pool.IdentityPoolId, null) : await identity.DescribeAsync();
            return !ensured.IsSuccess ? ensured.Error!
                : ensured.Value!.IdentityPoolId != pool.IdentityPoolId ? IdentityError.NotFound($"Identity '{identityId}' not found.")
                : identityId;
        }

        foreach (var login in external)
        {
            var owner = claimedFirst && login == external[0]
                ? identityId
                : await grains.GetGrain<IIdentityLoginGrain>(IdentityKeys.Login(pool.IdentityPoolId, login.Link)).ClaimAsync(identityId);
            if (owner != identityId)
            {
                return new IdentityError(ErrorCodes.ResourceConflict, "Logins don't match. The logins are linked to different identities.");
            }

            // Also repairs a claim whose identity was never written (a crash between the two).
            var ensured = await identity.EnsureAsync(pool.IdentityPoolId, login.Link);
            if (!ensured.IsSuccess)
            {
                return ensured.Error!;
            }
        }

        return identityId;
    }
}
