using Cluster.Abstractions.Errors;
using Cluster.Abstractions.IdentityPools;
using Cluster.Domain.Errors;

namespace Cluster.Protocol.CognitoIdentity.Developer;

/// <summary>Developer-authenticated logins: the pool's DeveloperProviderName and the developer's own user id.</summary>
public static class DeveloperLogins
{
    public static Result<LinkedLogin> Of(IdentityPoolRuntime pool, string providerName, string userIdentifier)
    {
        if (pool.Settings.DeveloperProviderName is not { } developer)
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "This identity pool has no DeveloperProviderName.");
        }

        return providerName == developer
            ? new LinkedLogin(developer, userIdentifier)
            : IdentityError.InvalidParameter($"The developer provider name {providerName} is not this identity pool's.");
    }
}
