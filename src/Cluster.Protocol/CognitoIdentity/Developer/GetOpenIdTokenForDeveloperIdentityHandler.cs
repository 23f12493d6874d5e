using Cluster.Abstractions.Errors;
using Cluster.Abstractions.IdentityPools;
using Cluster.Domain.Errors;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Developer;

/// <summary>
/// GetOpenIdTokenForDeveloperIdentity: the developer's backend (admin-signed) vouches for its user; the user's
/// identity is found or created (or the given IdentityId linked), and an OpenID token issued for it.
/// </summary>
public sealed class GetOpenIdTokenForDeveloperIdentityHandler(IdentityPoolFinder pools, LoginVerifier verifier, IdentityResolver resolver, IGrainFactory grains) : IOperationHandler
{
    /// <summary>Cognito's default token duration: 15 minutes.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(15);

    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var pool = await pools.GetAsync(request.Input.Required("IdentityPoolId"));
        if (!pool.IsSuccess)
        {
            return pool.Error!;
        }

        var developer = pool.Value!.Settings.DeveloperProviderName;
        var logins = request.Input.Map("Logins");
        if (developer is null || !logins.TryGetValue(developer, out var userIdentifier))
        {
            return IdentityError.InvalidParameter("Logins must hold this identity pool's DeveloperProviderName and the developer user identifier.");
        }

        logins.Remove(developer);
        var others = await verifier.VerifyAsync(pool.Value, logins, request.Aborted);
        if (!others.IsSuccess)
        {
            return others.Error!;
        }

        var developerLogin = new VerifiedLogin(developer, userIdentifier, new Dictionary<string, string[]>());
        var all = others.Value!.Prepend(developerLogin).ToList();
        var requested = request.Input.Str("IdentityId");
        if (requested is not null)
        {
            var owner = await grains.GetGrain<IIdentityLoginGrain>(IdentityKeys.Login(pool.Value.IdentityPoolId, developerLogin.Link)).ResolveAsync();
            if (owner is not null && owner != requested)
            {
                return new IdentityError(ErrorCodes.DeveloperUserAlreadyRegistered, "The developer user identifier is already registered with a different identity.");
            }
        }

        var identityId = await resolver.ResolveAsync(pool.Value, all, requested);
        if (!identityId.IsSuccess)
        {
            return identityId.Error!;
        }

        var lifetime = request.Input.TryGetProperty("TokenDuration", out var duration) ? TimeSpan.FromSeconds(duration.GetInt64()) : DefaultLifetime;
        var issued = await grains.GetGrain<IIdentityGrain>(identityId.Value!).GetOpenIdTokenAsync(all, request.Input.Map("PrincipalTags"), lifetime);
        return issued.IsSuccess ? OperationResult.Ok(new { issued.Value!.IdentityId, issued.Value.Token }) : issued.Error!;
    }
}
