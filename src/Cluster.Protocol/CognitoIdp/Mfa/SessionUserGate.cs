using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Security;
using Cluster.Abstractions.Users;
using Cluster.Domain.Errors;
using Cluster.Protocol.CognitoIdp.Users;

namespace Cluster.Protocol.CognitoIdp.Mfa;

/// <summary>
/// AssociateSoftwareToken and VerifySoftwareToken act for a user named either by an access token or by the
/// session of a sign-in stopped at MFA_SETUP; this finds the user from whichever was sent.
/// </summary>
public sealed class SessionUserGate(AccessTokenGate tokens, UserLocator users, ClusterKeys keys, TimeProvider time)
{
    public async Task<(IUserGrain? User, AccessCheck? Access, string? SessionClientId, IdentityError? Error)> OpenAsync(string? accessToken, string? session)
    {
        if (accessToken is null && session is null)
        {
            return (null, null, null, IdentityError.InvalidParameter("Either AccessToken or Session is required."));
        }

        if (accessToken is not null)
        {
            var (user, error) = await tokens.OpenAsync(accessToken);
            return user is null ? (null, null, null, error) : (user.Grain, user.Access, null, null);
        }

        var content = session is null ? null : keys.OpenSession(session);
        if (content is null || content.ChallengeName != "MFA_SETUP" || content.ExpiresAt < time.GetUtcNow().ToUnixTimeSeconds())
        {
            return (null, null, null, new IdentityError(ErrorCodes.NotAuthorized, "Invalid session for the user."));
        }

        return (users.BySub(content.PoolId, content.Sub), null, content.ClientId, null);
    }
}
